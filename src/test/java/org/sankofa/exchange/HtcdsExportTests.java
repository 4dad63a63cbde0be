package org.sankofa.exchange;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.sankofa.support.DemoUsers;
import org.sankofa.support.SankofaTest;
import org.sankofa.support.SignIn;
import org.sankofa.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sankofa.exchange.ExchangeTestSupport.*;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The HTCDS 2.0 export: the template's layout, the cases of the supervisor's office and filter, audit, access. */
@SankofaTest
class HtcdsExportTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private byte[] export(String username, String query) throws Exception {
        return mvc.perform(get("/api/v1/exports/htcds?" + query)
                        .header(HttpHeaders.AUTHORIZATION, Tokens.bearer(mvc, username)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn().getResponse().getContentAsByteArray();
    }

    @Test
    void theOfficesCasesOfTheFilterAreWrittenIntoTheTemplatesLayoutOnePerRow() throws Exception {
        LocalDate day = uniqueDay();
        String child = uniqueName();
        String adult = uniqueName();
        register(mvc, "caseworker.dakar", childCase(child, "Diallo", day, "SN"));
        register(mvc, "supervisor.dakar", adultCase(adult, "Sow", day, "SN"));
        register(mvc, "caseworker.conakry", childCase(uniqueName(), "Camara", day, "GN")); // another office

        try (Workbook workbook = workbook(export("supervisor.dakar", "from=" + day + "&to=" + day + "&sort=number"))) {
            Sheet sheet = workbook.getSheet("Sheet1");
            List<String> fields = rows(sheet, 0).get(0);
            List<String> labels = rows(sheet, 1).get(0);
            for (HtcdsColumn column : HtcdsColumn.values()) {
                assertThat(fields.get(column.index())).isEqualTo(column.field());
                assertThat(labels.get(column.index())).isEqualTo(column.label());
            }
            assertThat(fields.get(HtcdsColumn.STATUS_DECISION_MAKER.index()))
                    .isEqualTo("vic_TraffickinStatusDecisionMakingOrg");
            List<List<String>> cases = rows(sheet, 2);
            assertThat(cases).hasSize(2);
            assertThat(cases).extracting(r -> r.get(0)).containsExactly("1", "2");
            Map<HtcdsColumn, String> boy = byColumn(cases.stream()
                    .filter(r -> r.get(HtcdsColumn.FIRST_NAME.index()).equals(child)).findFirst().orElseThrow());
            assertThat(boy.get(HtcdsColumn.SECOND_NAME)).isEqualTo("Diallo");
            assertThat(boy.get(HtcdsColumn.GENDER)).isEqualTo("Masculine");
            assertThat(boy.get(HtcdsColumn.BIRTHDATE)).isEmpty();
            assertThat(boy.get(HtcdsColumn.ESTIMATED_AGE)).isEqualTo("11");
            assertThat(boy.get(HtcdsColumn.CITIZENSHIP)).isEqualTo("GN");
            assertThat(boy.get(HtcdsColumn.MOBILE_PHONE)).isEqualTo("+221 77 000 00 00");
            assertThat(boy.get(HtcdsColumn.MAILING_STREET)).isEqualTo("Quartier Medina, Dakar");
            assertThat(boy.get(HtcdsColumn.TRAFFICKING_STATUS)).isEqualTo("PossibleVictimOfTrafficking");
            assertThat(boy.get(HtcdsColumn.STATUS_DECISION_MAKER)).isEqualTo("NGO");
            assertThat(boy.get(HtcdsColumn.METHODS_OF_CONTROL)).isEqualTo("PhysicalThreats;DebtBondage");
            assertThat(boy.get(HtcdsColumn.TYPE_OF_EXPLOITATION)).isEqualTo("ForcedBegging;ForcedLabour");
            assertThat(boy.get(HtcdsColumn.FORCED_LABOUR_INDUSTRY)).isEqualTo("E_WaterSupplySewerageWasteManagement");
            assertThat(boy.get(HtcdsColumn.LOCATION_OF_RECRUITMENT)).isEqualTo("Labé");
            assertThat(boy.get(HtcdsColumn.STATUS)).isEqualTo("Active");
            assertThat(boy.get(HtcdsColumn.CASE_NUMBER)).startsWith("SN-DKR-" + day.getYear() + "-");
            assertThat(boy.get(HtcdsColumn.IDENTIFIED_ON)).isEqualTo(day.toString());
            assertThat(boy.get(HtcdsColumn.LANGUAGES)).isEqualTo("fr;ff");
            assertThat(boy.get(HtcdsColumn.GUARDIAN_RELATION)).isEqualTo("MOTHER");
            assertThat(boy.get(HtcdsColumn.NARRATIVE)).isEqualTo("Made to beg every day.\nSecret word " + child + ".");
            assertThat(boy.get(HtcdsColumn.CASE_OWNER)).isEmpty();
            Map<HtcdsColumn, String> woman = byColumn(cases.stream()
                    .filter(r -> r.get(HtcdsColumn.FIRST_NAME.index()).equals(adult)).findFirst().orElseThrow());
            assertThat(woman.get(HtcdsColumn.BIRTHDATE)).isEqualTo(day.minusYears(30).minusDays(3).toString());
            assertThat(woman.get(HtcdsColumn.ESTIMATED_AGE)).isEmpty();
            assertThat(woman.get(HtcdsColumn.TYPE_OF_SEX_EXPLOITATION)).isEqualTo("Prostitution");
            assertThat(woman.get(HtcdsColumn.RELATIONSHIP_TO_TRAFFICKER)).isEqualTo("Acquainted");
        }
        // the Conakry office's supervisor exports its own case of that day only
        try (Workbook workbook = workbook(export("supervisor.conakry", "from=" + day + "&to=" + day))) {
            List<List<String>> cases = rows(workbook.getSheetAt(0), 2);
            assertThat(cases).hasSize(1);
            assertThat(cases.get(0).get(HtcdsColumn.SECOND_NAME.index())).isEqualTo("Camara");
        }
        // the case list's other filters apply
        try (Workbook workbook = workbook(export("supervisor.dakar", "from=" + day + "&to=" + day + "&sex=Feminine"))) {
            assertThat(rows(workbook.getSheetAt(0), 2)).extracting(r -> r.get(HtcdsColumn.FIRST_NAME.index()))
                    .containsExactly(adult);
        }
    }

    @Test
    void valuesASpreadsheetWouldTakeForFormulasAreWrittenAsQuotedTextUnchanged() throws Exception {
        LocalDate day = uniqueDay();
        Map<String, Object> body = adultCase(uniqueName(), "=HYPERLINK(\"http://evil.example\",\"x\")", day, "SN");
        body.put("aliases", "@SUM(1+1)*cmd|' /C calc'!A0");
        body.put("contact", "-2+3");
        register(mvc, "supervisor.dakar", body);
        try (Workbook workbook = workbook(export("supervisor.dakar", "from=" + day + "&to=" + day))) {
            Sheet sheet = workbook.getSheetAt(0);
            int formulas = 0;
            for (var row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA) {
                        formulas++;
                    }
                }
            }
            assertThat(formulas).isZero();
            Cell family = sheet.getRow(2).getCell(HtcdsColumn.SECOND_NAME.index());
            assertThat(family.getCellType()).isEqualTo(CellType.STRING);
            assertThat(family.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://evil.example\",\"x\")");
            assertThat(family.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(sheet.getRow(2).getCell(HtcdsColumn.ALIASES.index()).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(sheet.getRow(2).getCell(HtcdsColumn.MOBILE_PHONE.index()).getCellStyle().getQuotePrefixed())
                    .isTrue();
            assertThat(sheet.getRow(2).getCell(HtcdsColumn.FIRST_NAME.index()).getCellStyle().getQuotePrefixed())
                    .isFalse();
        }
    }

    @Test
    void everyExportIsAuditedWithWhoTheFilterAndHowManyCasesButNoName() throws Exception {
        LocalDate day = uniqueDay();
        String given = uniqueName();
        register(mvc, "supervisor.dakar", adultCase(given, "Ndiaye", day, "SN"));
        export("supervisor.dakar", "from=" + day + "&to=" + day + "&sex=Feminine");
        Map<String, Object> entry = jdbc.sql("""
                select actor, target_type, details from audit_entry
                 where action = 'CASES_EXPORTED' and details like ? order by id desc limit 1""")
                .param("%from:" + day + "%").query().singleRow();
        assertThat(entry.get("actor")).isEqualTo("supervisor.dakar");
        assertThat(entry.get("target_type")).isEqualTo("office");
        assertThat((String) entry.get("details")).contains("format=htcds-2.0", "cases=1", "sex:Feminine",
                "to:" + day).doesNotContain(given);
    }

    @Test
    void anUnknownFilterCodeIsA422NamingTheParameter() throws Exception {
        mvc.perform(get("/api/v1/exports/htcds?sex=Female&nationality=XX")
                        .header(HttpHeaders.AUTHORIZATION, Tokens.bearer(mvc, "supervisor.dakar"))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "fr"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors.sex").exists())
                .andExpect(jsonPath("$.errors.nationality").exists());
    }

    @Test
    void everyRoleButTheSupervisorsIsRefusedTheExportThroughTheApiAndThePage() throws Exception {
        for (String username : DemoUsers.ALL) {
            if (username.startsWith("supervisor.")) {
                continue;
            }
            mvc.perform(get("/api/v1/exports/htcds").header(HttpHeaders.AUTHORIZATION, Tokens.bearer(mvc, username)))
                    .andExpect(status().isForbidden());
            Cookie session = SignIn.session(mvc, username, DemoUsers.PASSWORD);
            mvc.perform(get("/exports/htcds.xlsx").cookie(session)).andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/v1/exports/htcds")).andExpect(status().isUnauthorized());
        Cookie supervisor = SignIn.session(mvc, "supervisor.conakry", DemoUsers.PASSWORD);
        mvc.perform(get("/exports/htcds.xlsx?from=1950-01-01&to=1950-01-01").cookie(supervisor))
                .andExpect(status().isOk());
    }

    @Test
    void theCaseListOffersTheExportWithItsFiltersToSupervisorsOnly() throws Exception {
        Cookie supervisor = SignIn.session(mvc, "supervisor.dakar", DemoUsers.PASSWORD);
        String page = mvc.perform(get("/cases?sex=Feminine").cookie(supervisor)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"export-htcds\"", "/exports/htcds.xlsx?sex=Feminine");
        Cookie worker = SignIn.session(mvc, "caseworker.dakar", DemoUsers.PASSWORD);
        assertThat(mvc.perform(get("/cases").cookie(worker)).andReturn().getResponse().getContentAsString())
                .doesNotContain("export-htcds");
    }
}
