package org.sankofa.events;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.sankofa.events.internal.Event;
import org.sankofa.events.internal.EventDates;
import org.sankofa.events.internal.EventDraft;
import org.sankofa.events.internal.Events;
import org.sankofa.events.internal.Participant;
import org.sankofa.events.internal.Participants;
import org.sankofa.events.internal.SignInSheetTemplate;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.NewUser;
import org.sankofa.identity.Role;
import org.sankofa.identity.RoleGrant;
import org.sankofa.identity.UserAccounts;
import org.sankofa.shared.DatePrecision;
import org.sankofa.support.SankofaTest;
import org.sankofa.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The sign-in sheet template: downloaded in each language as CSV and XLSX, filled with two rows using the values it
 * offers, it imports cleanly (the round trip).
 */
@SankofaTest
class SignInSheetTemplateTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Events events;
    @Autowired
    Participants participants;
    @Autowired
    SignInSheetTemplate template;

    private CurrentUser as(String username) {
        return users.findByUsername(username).orElseThrow();
    }

    private Event training() {
        long auc = jdbc.sql("select id from organisation where acronym = 'AUC'").query(Long.class).single();
        return events.create(new EventDraft(EventKind.TRAINING, "Template training " + UUID.randomUUID(),
                new EventDates(java.time.LocalDate.of(2024, 5, 6), java.time.LocalDate.of(2024, 5, 7),
                        DatePrecision.DAY, true), "Djibouti", "DJ", null, List.of(), null, null, List.of(auc),
                List.of(), List.of(), List.of(), null), as("organiser"));
    }

    private MockHttpServletResponse download(String path, String lang) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).param("lang", lang).with(user(as("organiser"))))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader(HttpHeaders.CONTENT_DISPOSITION)).contains("sign-in-sheet-" + lang);
        return response;
    }

    @Test
    void theCsvTemplateFilledWithTwoRowsImportsCleanlyInEachLanguage() throws Exception {
        for (String lang : List.of("en", "fr", "pt")) {
            Locale language = Locale.forLanguageTag(lang);
            String csv = new String(download("/events/sign-in-sheet.csv", lang).getContentAsByteArray(),
                    StandardCharsets.UTF_8);
            String separator = lang.equals("en") ? "," : ";";
            assertThat(csv).startsWith("\uFEFF").contains(String.join(separator, template.headers(language)));
            List<String> institutions = template.institutions(language);
            List<String> sexes = template.sexes(language);
            String filled = csv
                    + String.join(separator, "Aïssata Template-" + lang, "Police nationale", "DJ",
                            institutions.get(1), sexes.get(0), "+253 77 00 00 01") + "\r\n"
                    + String.join(separator, "Moussa Template-" + lang, "", "", institutions.get(6), sexes.get(2),
                            "") + "\r\n";
            Event event = training();
            assertThat(participants.importSheet(event.eventId(), filled.getBytes(StandardCharsets.UTF_8),
                    as("organiser"))).as(lang).isEqualTo(new Participants.Imported(2, 0));
            List<Participant> list = participants.of(event.eventId(), as("organiser"));
            assertThat(list).extracting(Participant::institutionType)
                    .containsExactly(InstitutionType.BORDER, InstitutionType.UN_AGENCY);
            assertThat(list).extracting(Participant::sex)
                    .containsExactly(ParticipantSex.FEMALE, ParticipantSex.NOT_STATED);
            assertThat(list.get(0).countryCode()).isEqualTo("DJ");
            assertThat(list.get(0).contact()).isEqualTo("+253 77 00 00 01");
        }
    }

    @Test
    void theXlsxTemplateFilledWithTwoRowsImportsCleanlyInEachLanguageAndOffersTheValues() throws Exception {
        for (String lang : List.of("en", "fr", "pt")) {
            Locale language = Locale.forLanguageTag(lang);
            byte[] filled;
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                    download("/events/sign-in-sheet.xlsx", lang).getContentAsByteArray()));
                    ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                Sheet sheet = workbook.getSheetAt(0);
                Row header = sheet.getRow(0);
                List<String> headers = template.headers(language);
                for (int c = 0; c < headers.size(); c++) {
                    assertThat(header.getCell(c).getStringCellValue()).isEqualTo(headers.get(c));
                }
                // the institution and sex columns offer the values the import reads
                assertThat(sheet.getDataValidations()).hasSize(2).allSatisfy(v -> assertThat(
                        v.getValidationConstraint().getExplicitListValues()).isNotEmpty());
                assertThat(List.of(sheet.getDataValidations().get(0).getValidationConstraint()
                        .getExplicitListValues())).containsExactlyElementsOf(template.institutions(language));
                String[][] rows = {{"Fatou Template-" + lang, "ONG Solidarité", "SN", template.institutions(language)
                        .get(5), template.sexes(language).get(0), ""}, {"Yaw Template-" + lang, "", "GH",
                        template.institutions(language).get(0), template.sexes(language).get(1), "yaw@example.org"}};
                for (int r = 0; r < rows.length; r++) {
                    Row row = sheet.createRow(r + 1);
                    for (int c = 0; c < rows[r].length; c++) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
                workbook.write(out);
                filled = out.toByteArray();
            }
            Event event = training();
            assertThat(participants.importSheet(event.eventId(), filled, as("organiser"))).as(lang)
                    .isEqualTo(new Participants.Imported(2, 0));
            assertThat(participants.of(event.eventId(), as("organiser"))).extracting(Participant::institutionType)
                    .containsExactly(InstitutionType.NGO, InstitutionType.POLICE);
        }
    }

    @Test
    void theTemplateIsInTheReadersLanguageLinkedFromTheImportFormAndForThoseWhoImportOnly() throws Exception {
        String username = SignIn.uniqueUsername("modele-fr");
        long auc = jdbc.sql("select id from organisation where acronym = 'AUC'").query(Long.class).single();
        users.create(new NewUser(username, "Organisatrice", null, "sankofa-demo", auc, null, "fr",
                Set.of(RoleGrant.of(Role.EVENT_ORGANISER))));
        String csv = mvc.perform(get("/events/sign-in-sheet.csv").with(user(as(username))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains("Nom;Organisation;Pays;Institution;Sexe;Contact");
        mvc.perform(get("/events/sign-in-sheet.csv").param("lang", "xx").with(user(as("organiser"))))
                .andExpect(status().isBadRequest());
        for (String reader : List.of("mne", "observer", "coordinator.mali")) {
            mvc.perform(get("/events/sign-in-sheet.xlsx").with(user(as(reader)))).andExpect(status().isForbidden());
        }
        Event event = training();
        mvc.perform(get("/events/" + event.id() + "/participants").with(user(as(username))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"/events/sign-in-sheet.xlsx\""),
                        containsString("href=\"/events/sign-in-sheet.csv\""),
                        containsString("Frontières et immigration, Justice et parquet"))));
    }

    @Test
    void aCellASpreadsheetWouldRunAsAFormulaIsWrittenAsTextAndTheTemplatesHoldNone() throws Exception {
        assertThat(SignInSheetTemplate.csvCell("=HYPERLINK(\"http://evil.example\",\"click\")", ','))
                .isEqualTo("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"");
        assertThat(SignInSheetTemplate.csvCell("@SUM(A1:A9)", ';')).isEqualTo("'@SUM(A1:A9)");
        assertThat(SignInSheetTemplate.csvCell("-2+3+cmd|' /C calc'!A0", ';')).startsWith("'-2+3");
        assertThat(SignInSheetTemplate.csvCell("+253 77 00 00 01", ',')).isEqualTo("+253 77 00 00 01");
        assertThat(SignInSheetTemplate.csvCell("Nom", ';')).isEqualTo("Nom");
        for (String lang : List.of("en", "fr", "pt")) {
            Locale language = Locale.forLanguageTag(lang);
            String header = new String(template.csv(language), StandardCharsets.UTF_8).strip().replace("\uFEFF", "");
            assertThat(header.split("[,;]")).noneMatch(cell -> cell.matches("^[=@+\\-].*"));
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.xlsx(language)))) {
                for (Sheet sheet : workbook) {
                    for (Row row : sheet) {
                        row.forEach(cell -> assertThat(cell.getCellType())
                                .isNotEqualTo(org.apache.poi.ss.usermodel.CellType.FORMULA));
                    }
                }
            }
        }
    }
}
