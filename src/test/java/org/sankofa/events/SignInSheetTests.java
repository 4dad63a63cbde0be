package org.sankofa.events;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.sankofa.events.internal.Event;
import org.sankofa.events.internal.EventDates;
import org.sankofa.events.internal.EventDraft;
import org.sankofa.events.internal.Events;
import org.sankofa.events.internal.Participant;
import org.sankofa.events.internal.Participants;
import org.sankofa.events.internal.SignInSheet;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.NewUser;
import org.sankofa.identity.Role;
import org.sankofa.identity.RoleGrant;
import org.sankofa.identity.UserAccounts;
import org.sankofa.shared.DatePrecision;
import org.sankofa.support.SankofaTest;
import org.sankofa.support.SignIn;
import org.sankofa.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The sign-in sheet import: all or nothing, every problem by row in the reader's language, no formula stored. */
@SankofaTest
class SignInSheetTests {

    private static final String GOOD = """
            Name,Organisation,Country,Institution,Sex,Contact
            Aïssata Diallo,Police nationale,DJ,Border and immigration,Female,+253 77 00 00 01
            Moussa Keita,Gendarmerie,DJ,police,M,
            "Traoré, Awa",Ministry of Justice,ML,Judiciary and prosecution,female,awa@example.org
            """;

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
    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    private CurrentUser as(String username) {
        return users.findByUsername(username).orElseThrow();
    }

    private Event training() {
        long auc = jdbc.sql("select id from organisation where acronym = 'AUC'").query(Long.class).single();
        return events.create(new EventDraft(EventKind.TRAINING, "Sheet training " + UUID.randomUUID(),
                new EventDates(java.time.LocalDate.of(2024, 5, 6), java.time.LocalDate.of(2024, 5, 7),
                        DatePrecision.DAY, true), "Djibouti", "DJ", null, List.of(), null, null, List.of(auc),
                List.of(), List.of(), List.of(), null), as("organiser"));
    }

    private long count(Event event) {
        return jdbc.sql("select count(*) from event_participant where event_id = ?").param(event.id())
                .query(Long.class).single();
    }

    @Test
    void aGoodSheetIsImportedAndImportingItAgainOrWithVariantSpellingsAddsNobodyTwice() {
        Event event = training();
        Participants.Imported first = participants.importSheet(event.eventId(), GOOD.getBytes(StandardCharsets.UTF_8),
                as("organiser"));
        assertThat(first).isEqualTo(new Participants.Imported(3, 0));
        List<Participant> list = participants.of(event.eventId(), as("organiser"));
        assertThat(list).extracting(Participant::name).containsExactly("Aïssata Diallo", "Moussa Keita",
                "Traoré, Awa");
        assertThat(list.get(0).institutionType()).isEqualTo(InstitutionType.BORDER);
        assertThat(list.get(0).contact()).isEqualTo("+253 77 00 00 01");
        assertThat(list.get(1).sex()).isEqualTo(ParticipantSex.MALE);
        assertThat(participants.importSheet(event.eventId(), GOOD.getBytes(StandardCharsets.UTF_8), as("organiser")))
                .isEqualTo(new Participants.Imported(0, 3));
        String variants = """
                Nom;Institution;Sexe
                DIALLO Aissata;Frontières et immigration;Femme
                Awa TRAORE;Justice et parquet;femme
                Khady Ndiaye;ONG;Femme
                """;
        assertThat(participants.importSheet(event.eventId(), variants.getBytes(StandardCharsets.UTF_8),
                as("organiser"))).isEqualTo(new Participants.Imported(1, 2));
        assertThat(count(event)).isEqualTo(4);
    }

    @Test
    void aSheetWithErrorsIsRefusedWholeWithEveryProblemByRowAndNothingIsWritten() {
        Event event = training();
        String bad = """
                Name,Institution,Sex,Country
                Good Person,police,female,DJ
                ,police,female,DJ
                Bad Institution,astronaut,female,DJ
                "=HYPERLINK(""http://evil.example"",""click"")",police,male,DJ
                Bad Country,police,male,ZZ
                Bad Sex,police,sometimes,DJ
                """;
        assertThatThrownBy(() -> participants.importSheet(event.eventId(), bad.getBytes(StandardCharsets.UTF_8),
                as("organiser"))).isInstanceOfSatisfying(SignInSheet.Rejected.class,
                        e -> assertThat(e.problems()).extracting(SignInSheet.Problem::row, SignInSheet.Problem::messageKey)
                                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "validation.required"),
                                        org.assertj.core.groups.Tuple.tuple(4, "event.import.institution"),
                                        org.assertj.core.groups.Tuple.tuple(5, "event.import.formula"),
                                        org.assertj.core.groups.Tuple.tuple(5, "validation.required"),
                                        org.assertj.core.groups.Tuple.tuple(6, "event.import.country"),
                                        org.assertj.core.groups.Tuple.tuple(7, "event.import.sex")));
        assertThat(count(event)).isZero();
        assertThatThrownBy(() -> participants.importSheet(event.eventId(),
                "Name,Organisation\nSomeone,Police\n".getBytes(StandardCharsets.UTF_8), as("organiser")))
                .isInstanceOfSatisfying(SignInSheet.Rejected.class, e -> assertThat(e.problems())
                        .extracting(SignInSheet.Problem::messageKey).containsOnly("event.import.missingColumn"));
        assertThat(SignInSheet.class).isNotNull();
        assertThat(count(event)).isZero();
    }

    @Test
    void anXlsxSheetWithFrenchHeadersIsReadAndAFormulaCellIsRefused() throws Exception {
        Event event = training();
        assertThat(participants.importSheet(event.eventId(), xlsx(false), as("organiser")))
                .isEqualTo(new Participants.Imported(2, 0));
        Event other = training();
        assertThatThrownBy(() -> participants.importSheet(other.eventId(), xlsx(true), as("organiser")))
                .isInstanceOfSatisfying(SignInSheet.Rejected.class, e -> assertThat(e.problems())
                        .extracting(SignInSheet.Problem::messageKey).contains("event.import.formula"));
        assertThat(count(other)).isZero();
    }

    private static byte[] xlsx(boolean withFormula) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("Présence");
            String[][] rows = {{"Nom", "Pays", "Institution", "Sexe"}, {"Fatou Sow", "SN", "ONG", "Femme"},
                    {"Yaw Mensah", "GH", "Police", "Homme"}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            if (withFormula) {
                var row = sheet.createRow(3);
                row.createCell(0).setCellFormula("HYPERLINK(\"http://evil.example\",\"x\")");
                row.createCell(2).setCellValue("Police");
                row.createCell(3).setCellValue("Homme");
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void thePageAndTheApiAnswer422WithTheProblemsInTheReadersLanguage() throws Exception {
        Event event = training();
        String username = SignIn.uniqueUsername("sheet-fr");
        long auc = jdbc.sql("select id from organisation where acronym = 'AUC'").query(Long.class).single();
        users.create(new NewUser(username, "Organisatrice", null, "sankofa-demo", auc, null, "fr",
                Set.of(RoleGrant.of(Role.EVENT_ORGANISER))));
        MockMultipartFile bad = new MockMultipartFile("file", "sheet.csv", "text/csv",
                "Nom,Institution,Sexe\nAwa,police,parfois\n".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/events/" + event.id() + "/participants/import").file(bad).with(csrf())
                        .with(user(as(username))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(allOf(containsString("id=\"sheet-problems\""),
                        containsString("Écrivez femme, homme ou non indiqué."),
                        containsString("La feuille n’a pas été importée"))));
        assertThat(count(event)).isZero();
        MockMultipartFile huge = new MockMultipartFile("file", "huge.csv", "text/csv",
                new byte[SignInSheet.MAX_BYTES + 1]);
        mvc.perform(multipart("/api/v1/events/" + event.id() + "/participants/import").file(huge)
                        .header(HttpHeaders.AUTHORIZATION, Tokens.bearer(mvc, "organiser")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[0].message").value("The sheet is larger than 2 MB."));
        MockMultipartFile good = new MockMultipartFile("file", "sheet.csv", "text/csv",
                GOOD.getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/api/v1/events/" + event.id() + "/participants/import").file(good)
                        .header(HttpHeaders.AUTHORIZATION, Tokens.bearer(mvc, "organiser")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.added").value(3));
        mvc.perform(multipart("/api/v1/events/" + event.id() + "/participants/import").file(good)
                        .header(HttpHeaders.AUTHORIZATION, Tokens.bearer(mvc, "mne")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aTwentyMegabyteSheetSentOverRealHttpIsRefusedWithAMessageAndNothingIsImported() throws Exception {
        Event event = training();
        byte[] twentyMegabytes = new byte[20 * 1024 * 1024];
        java.util.Arrays.fill(twentyMegabytes, (byte) 'a');
        String boundary = "sheet-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(twentyMegabytes);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        "http://127.0.0.1:" + port + "/api/v1/events/" + event.id() + "/participants/import"))
                .header("Authorization", Tokens.bearer(mvc, "organiser")).header("Accept-Language", "fr")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();

        java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient()
                .send(request, java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(answer.statusCode()).isEqualTo(413);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.body()).contains("trop volumineux");
        assertThat(count(event)).isZero();
    }
}
