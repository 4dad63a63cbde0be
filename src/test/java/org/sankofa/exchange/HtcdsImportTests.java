package org.sankofa.exchange;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.sankofa.support.DemoUsers;
import org.sankofa.support.SankofaTest;
import org.sankofa.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sankofa.exchange.ExchangeTestSupport.uniqueDay;
import static org.sankofa.exchange.ExchangeTestSupport.uniqueName;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** HTCDS 2.0 imports: the official template filled in, all or nothing, the error report, bad input, access. */
@SankofaTest
class HtcdsImportTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    /** The official template (no validation) with these rows from row 3, cells by column. */
    static byte[] template(List<Map<HtcdsColumn, String>> rows) throws Exception {
        try (InputStream in = HtcdsImportTests.class.getClassLoader().getResourceAsStream("htcds/template.xlsx");
                Workbook workbook = WorkbookFactory.create(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int i = 0; i < rows.size(); i++) {
                Row row = sheet.getRow(i + 2) == null ? sheet.createRow(i + 2) : sheet.getRow(i + 2);
                rows.get(i).forEach((column, value) -> row.createCell(column.index()).setCellValue(value));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    static final java.time.format.DateTimeFormatter MONTH_YEAR = java.time.format.DateTimeFormatter.ofPattern("MM/yyyy");

    /** An adult's row as a person fills the template: labels, dd/mm/yyyy dates, a country name. */
    static Map<HtcdsColumn, String> adult(String given, LocalDate referred) {
        return new java.util.EnumMap<>(Map.of(HtcdsColumn.FIRST_NAME, given, HtcdsColumn.SECOND_NAME, "Keita",
                HtcdsColumn.BIRTHDATE, "25/" + referred.minusYears(30).format(MONTH_YEAR), HtcdsColumn.GENDER, "Feminine",
                HtcdsColumn.CITIZENSHIP, "Mali", HtcdsColumn.TRAFFICKING_STATUS, "Actual victim of trafficking",
                HtcdsColumn.METHODS_OF_CONTROL, "Debt bondage ;Withholds documents",
                HtcdsColumn.TYPE_OF_EXPLOITATION, "Forced labour",
                HtcdsColumn.FORCED_LABOUR_INDUSTRY, "Mining and quarrying",
                HtcdsColumn.INCOMING_REFERRAL_DATE, referred.toString()));
    }

    private MvcResult upload(String username, byte[] bytes, String language) throws Exception {
        return mvc.perform(multipart("/api/v1/imports/htcds").file(new MockMultipartFile("file", "cases.xlsx",
                        "application/octet-stream", bytes))
                        .header(HttpHeaders.AUTHORIZATION, Tokens.bearer(mvc, username))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, language))
                .andReturn();
    }

    /** Uploads as supervisor.dakar and waits for the job to end: its final status answer. */
    private MvcResult imported(byte[] bytes, String language) throws Exception {
        MvcResult accepted = upload("supervisor.dakar", bytes, language);
        assertThat(accepted.getResponse().getStatus()).isEqualTo(202);
        String location = accepted.getResponse().getHeader(HttpHeaders.LOCATION);
        assertThat(location).matches("/api/v1/imports/\\d+");
        String last = "";
        for (int i = 0; i < 600; i++) {
            MvcResult status = mvc.perform(get(location)
                    .header(HttpHeaders.AUTHORIZATION, Tokens.bearer(mvc, "supervisor.dakar"))
                    .header(HttpHeaders.ACCEPT_LANGUAGE, language)).andReturn();
            last = status.getResponse().getContentAsString();
            String state = JsonPath.read(last, "$.state");
            if (state.equals("SUCCEEDED") || state.equals("FAILED")) {
                return status;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the import did not end: " + last + " "
                + jdbc.sql("select task_instance || ' ' || coalesce(picked_by, '-') || ' ' || consecutive_failures"
                        + " from scheduled_tasks where task_name = 'htcds-import'").query(String.class).list());
    }

    private long cases(LocalDate day) {
        return jdbc.sql("select count(*) from case_file where identified_on = ?").param(day).query(Long.class).single();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    @Test
    void theOfficialTemplateFilledInAsPeopleDoImportsEveryRowIntoTheImportersOffice() throws Exception {
        LocalDate day = uniqueDay();
        String first = uniqueName();
        String second = uniqueName();
        Map<HtcdsColumn, String> other = adult(second, day);
        other.put(HtcdsColumn.GENDER, "masculine");
        other.put(HtcdsColumn.BIRTHDATE, day.minusYears(40).toString());
        other.put(HtcdsColumn.SALUTATION, "Mr");
        MvcResult done = imported(template(List.of(adult(first, day), other)), "en");
        assertThat(done.getResponse().getStatus()).isEqualTo(200);
        String body = done.getResponse().getContentAsString();
        assertThat((String) JsonPath.read(body, "$.state")).isEqualTo("SUCCEEDED");
        assertThat((Integer) JsonPath.read(body, "$.casesCreated")).isEqualTo(2);
        assertThat((Integer) JsonPath.read(body, "$.progress")).isEqualTo(100);

        Map<String, Object> c = jdbc.sql("""
                select c.office_id, c.sex, c.citizenship, c.trafficking_status, c.identified_country, c.referral_source,
                       c.exploitation_types::text as types, o.code
                  from case_file c join office o on o.id = c.office_id where c.identified_on = ? and c.sex = 'Feminine'""")
                .param(day).query().singleRow();
        assertThat(c.get("code")).isEqualTo("SN-DKR");
        assertThat(c.get("citizenship")).isEqualTo("ML");
        assertThat(c.get("trafficking_status")).isEqualTo("ActualVictimOfTrafficking");
        assertThat(c.get("identified_country")).isEqualTo("SN");
        assertThat(c.get("referral_source")).isEqualTo("Other");
        assertThat(c.get("types")).isEqualTo("{ForcedLabour}");
        assertThat(cases(day)).isEqualTo(2);
        // registered through the case module: CASE_CREATED for each, and one CASES_IMPORTED
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'CASES_IMPORTED' and details like ?")
                .param("%cases=2").query(Long.class).single()).isPositive();
        // the upload is gone once the import has run
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        assertThat(jdbc.sql("select upload is null from htcds_import where id = ?").param(id).query(Boolean.class)
                .single()).isTrue();
    }

    @Test
    void anImportWithProblemsImportsNothingAndReportsEachInTheReadersLanguage() throws Exception {
        LocalDate day = uniqueDay();
        Map<HtcdsColumn, String> wrong = adult(uniqueName(), day);
        wrong.put(HtcdsColumn.GENDER, "Female");
        wrong.put(HtcdsColumn.BIRTHDATE, LocalDate.now().plusYears(1).toString());
        wrong.put(HtcdsColumn.METHOD_OF_RECRUITMENT, "At work;Other");
        Map<HtcdsColumn, String> ambiguous = adult(uniqueName(), day);
        ambiguous.put(HtcdsColumn.BIRTHDATE, "02/03/" + (day.getYear() - 30));
        long casesBefore = count("case_file");
        long namesBefore = count("case_name_key");
        long personsBefore = count("case_person");

        MvcResult done = imported(template(List.of(adult(uniqueName(), day), wrong, ambiguous)), "fr");
        assertThat(done.getResponse().getStatus()).isEqualTo(422);
        assertThat(done.getResponse().getContentType()).startsWith("application/problem+json");
        String body = done.getResponse().getContentAsString();
        assertThat((String) JsonPath.read(body, "$.state")).isEqualTo("FAILED");
        assertThat((String) JsonPath.read(body, "$.title")).isEqualTo("Import refusé");
        List<Map<String, Object>> errors = JsonPath.read(body, "$.errors");
        assertThat(errors).extracting(e -> e.get("row"), e -> e.get("column"), e -> e.get("value"))
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(4, "prs_Gender", "Female"),
                        org.assertj.core.groups.Tuple.tuple(4, "vic_MethodOfRecruitment", "At work;Other"),
                        org.assertj.core.groups.Tuple.tuple(5, "prs_Birthdate", "02/03/" + (day.getYear() - 30)));
        assertThat(errors).allSatisfy(e -> assertThat(e.get("sheet")).isEqualTo("Sheet1"));
        assertThat(errors).extracting(e -> (String) e.get("message"))
                .contains("Cette valeur ne fait pas partie de la liste HTCDS de cette colonne.",
                        "Cette date se lit comme jour/mois et comme mois/jour ; écrivez-la aaaa-mm-jj.");
        // nothing of it stays: no case, person, name-index entry
        assertThat(cases(day)).isZero();
        assertThat(count("case_file")).isEqualTo(casesBefore);
        assertThat(count("case_person")).isEqualTo(personsBefore);
        assertThat(count("case_name_key")).isEqualTo(namesBefore);

        // the future birth date, once the list value is right, is the case module's rule on its column
        wrong.put(HtcdsColumn.GENDER, "Feminine");
        wrong.remove(HtcdsColumn.METHOD_OF_RECRUITMENT);
        String future = imported(template(List.of(wrong)), "en").getResponse().getContentAsString();
        assertThat((String) JsonPath.read(future, "$.errors[0].column")).isEqualTo("prs_Birthdate");
        assertThat(cases(day)).isZero();
    }

    @Test
    void aCsvFileWithTheTemplatesFieldNamesImportsToo() throws Exception {
        LocalDate day = uniqueDay();
        String given = uniqueName();
        StringBuilder csv = new StringBuilder();
        List<String> fields = new ArrayList<>();
        for (HtcdsColumn column : HtcdsColumn.templateColumns()) {
            fields.add(column.field().isEmpty() ? "cas_ReasonForOutgoingReferral" : column.field());
        }
        fields.add("snk_IdentifiedOn");
        csv.append(String.join(",", fields)).append("\n");
        Map<HtcdsColumn, String> row = adult(given, day.minusDays(1));
        row.put(HtcdsColumn.IDENTIFIED_ON, day.toString());
        row.put(HtcdsColumn.FORCED_LABOUR_INDUSTRY, "\"Water supply; sewerage, waste management and remediation\"");
        List<String> cells = new ArrayList<>();
        for (HtcdsColumn column : HtcdsColumn.templateColumns()) {
            cells.add(row.getOrDefault(column, ""));
        }
        cells.add(row.get(HtcdsColumn.IDENTIFIED_ON));
        csv.append(String.join(",", cells)).append("\n");
        String body = imported(csv.toString().getBytes(StandardCharsets.UTF_8), "en").getResponse()
                .getContentAsString();
        assertThat((String) JsonPath.read(body, "$.state")).as(body).isEqualTo("SUCCEEDED");
        assertThat(jdbc.sql("select p.forced_labour_industry from case_file c join case_profile p on p.case_id = c.id"
                + " where c.identified_on = ?").param(day).query(String.class).single())
                .isEqualTo("E_WaterSupplySewerageWasteManagement");
    }

    @Test
    void filesThatAreNotSpreadsheetsEmptyOrTooLargeAreRefusedAtOnce() throws Exception {
        byte[] binary = new byte[2048];
        new java.util.Random(7).nextBytes(binary);
        binary[0] = 0;
        for (byte[] bad : List.of(binary, new byte[0], new byte[5 * 1024 * 1024 + 1])) {
            MvcResult refused = upload("supervisor.dakar", bad, "pt");
            assertThat(refused.getResponse().getStatus()).isEqualTo(422);
            assertThat((String) JsonPath.read(refused.getResponse().getContentAsString(), "$.errors.file"))
                    .isNotBlank();
        }
        mvc.perform(multipart("/api/v1/imports/htcds")
                        .header(HttpHeaders.AUTHORIZATION, Tokens.bearer(mvc, "supervisor.dakar")))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void aZipBombFormulasMissingOrDoubledColumnsAndTooManyRowsFailTheImportWithAClearMessage() throws Exception {
        // a zip bomb: an archive entry of 30 MB of spaces, compressed to a few kilobytes
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("[Content_Types].xml"));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 30; i++) {
                out.write(spaces);
            }
            out.closeEntry();
        }
        assertProblem(zip.toByteArray(), "This file inflates far beyond its size and is refused for safety.");

        byte[] formula;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("htcds/template.xlsx");
                Workbook workbook = WorkbookFactory.create(in)) {
            Row row = workbook.getSheetAt(0).getRow(2);
            row.createCell(HtcdsColumn.FIRST_NAME.index()).setCellFormula("HYPERLINK(\"http://x\",\"y\")");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            formula = out.toByteArray();
        }
        String body = assertProblem(formula, "Formulas are not imported: write the value itself.");
        assertThat((String) JsonPath.read(body, "$.errors[0].column")).isEqualTo("D3");

        String header = String.join(",", HtcdsColumn.templateColumns().stream()
                .map(c -> c.field().isEmpty() ? "cas_ReasonForOutgoingReferral" : c.field()).toList());
        assertProblem((header.replace("prs_Gender,", "") + "\nA\n").getBytes(StandardCharsets.UTF_8),
                "The column prs_Gender of the HTCDS 2.0 template is missing.");
        assertProblem((header + ",PRS_GENDER\nA\n").getBytes(StandardCharsets.UTF_8),
                "The column prs_Gender appears twice.");
        StringBuilder many = new StringBuilder(header).append('\n');
        for (int i = 0; i < 10_001; i++) {
            many.append(",,Name\n");
        }
        assertProblem(many.toString().getBytes(StandardCharsets.UTF_8),
                "The file has too many rows: at most 10,000 cases per import.");
    }

    private String assertProblem(byte[] file, String message) throws Exception {
        MvcResult done = imported(file, "en");
        String body = done.getResponse().getContentAsString();
        assertThat(done.getResponse().getStatus()).as(body).isEqualTo(422);
        List<String> messages = JsonPath.read(body, "$.errors[*].message");
        assertThat(messages).as(body).contains(message);
        return body;
    }

    @Test
    void onlySupervisorsImportAndAnImportIsSeenOnlyByItsOffice() throws Exception {
        for (String username : DemoUsers.ALL) {
            if (!username.startsWith("supervisor.")) {
                assertThat(upload(username, new byte[] { 'a' }, "en").getResponse().getStatus()).as(username)
                        .isEqualTo(403);
            }
        }
        MvcResult dakar = imported(template(List.of(adult(uniqueName(), uniqueDay()))), "en");
        long id = ((Number) JsonPath.read(dakar.getResponse().getContentAsString(), "$.id")).longValue();
        mvc.perform(get("/api/v1/imports/" + id).header(HttpHeaders.AUTHORIZATION,
                        Tokens.bearer(mvc, "supervisor.conakry")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/imports/" + id).header(HttpHeaders.AUTHORIZATION,
                        Tokens.bearer(mvc, "caseworker.dakar")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/imports/" + id).header(HttpHeaders.AUTHORIZATION,
                        Tokens.bearer(mvc, "supervisor.dakar")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("SUCCEEDED"))
                .andExpect(header().doesNotExist(HttpHeaders.LOCATION));
    }
}
