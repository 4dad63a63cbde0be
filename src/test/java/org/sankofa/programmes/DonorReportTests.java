package org.sankofa.programmes;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.sankofa.cases.CaseId;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.UserAccounts;
import org.sankofa.programmes.internal.DonorReport;
import org.sankofa.programmes.internal.DonorReports;
import org.sankofa.programmes.internal.Enrolments;
import org.sankofa.programmes.internal.Programme;
import org.sankofa.programmes.internal.ProgrammeDraft;
import org.sankofa.programmes.internal.Programmes;
import org.sankofa.programmes.internal.TargetDraft;
import org.sankofa.programmes.internal.Targets;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The donor report: targets against what was achieved in the period, small cells suppressed in the page, the PDF,
 * the workbook and the API alike, in the reader's language; read by the observer of the donor that funds the
 * programme, and by nobody from another donor.
 */
@SankofaTest
class DonorReportTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Programmes programmes;
    @Autowired
    Targets targets;
    @Autowired
    Enrolments enrolments;
    @Autowired
    DonorReports reports;

    private CurrentUser as(String username) {
        return users.findByUsername(username).orElseThrow();
    }

    private CurrentUser inFrench(String username) {
        CurrentUser u = as(username);
        return new CurrentUser(u.id(), u.getUsername(), u.displayName(), u.organisationId(), u.officeId(), "fr",
                u.grants(), true, false, false, null);
    }

    private long org(String acronym) {
        return jdbc.sql("select id from organisation where acronym = ?").param(acronym).query(Long.class).single();
    }

    record Returned(long caseId, LocalDate arrivedOn, String country) {
    }

    /** A programme funded by the Netherlands with two of IOM Dakar's returned children enrolled, both in one year. */
    private Programme programmeWithTwoReturns(String donor) {
        List<Returned> all = jdbc.sql("""
                select c.id, r.arrived_on, coalesce(c.citizenship, c.identified_country) from case_file c
                join case_return_plan r on r.case_id = c.id and r.status = 'ARRIVED'
                join office o on o.id = c.office_id and o.code = 'SN-DKR'
                where c.is_child and c.trafficking_status <> 'NotAVictimOfTrafficking'
                order by r.arrived_on desc, c.id""")
                .query((rs, n) -> new Returned(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3)))
                .list();
        assertThat(all).hasSizeGreaterThanOrEqualTo(2);
        Returned first = all.get(0);
        List<Returned> two = new ArrayList<>(List.of(first));
        all.stream().skip(1).filter(r -> r.arrivedOn().getYear() == first.arrivedOn().getYear()).findFirst()
                .ifPresent(two::add);
        String code = "R-" + UUID.randomUUID().toString().substring(0, 8);
        Programme p = programmes.create(new ProgrammeDraft(code, "Report " + code, null, LocalDate.of(2000, 1, 1),
                null, null, List.of(new ProgrammeDraft.Donor(org(donor), "NL-7")), List.of(org("IOM")), List.of(),
                two.stream().map(Returned::country).distinct()
                        .map(c -> new ProgrammeDraft.Country(c, LocalDate.of(2000, 1, 1))).toList(),
                List.of(), List.of(), List.of(), List.of()), as("admin"));
        targets.add(p.programmeId(), new TargetDraft(TargetMeasure.CHILDREN_RETURNED, "Children returned home",
                new java.math.BigDecimal("320"), null, Map.of(String.valueOf(first.arrivedOn().getYear()),
                        new java.math.BigDecimal("100"))), as("admin"));
        for (Returned r : two) {
            enrolments.enrol(p.programmeId(), CaseId.of(r.caseId()), r.arrivedOn(), as("supervisor.dakar"));
        }
        reports.writeNarrative(p.programmeId(), String.valueOf(first.arrivedOn().getYear()),
                "Les retours se sont poursuivis malgré la saison des pluies.", as("admin"));
        return p;
    }

    private String year(Programme p) {
        return String.valueOf(jdbc.sql("select min(period) from programme_target_value v join programme_target t"
                + " on t.id = v.target_id where t.programme_id = ?").param(p.id()).query(String.class).single());
    }

    @Test
    void theReportCountsThePeriodAndSuppressesSmallCells() {
        Programme p = programmeWithTwoReturns("NL-MFA");
        DonorReport report = reports.report(p.programmeId(), year(p), as("observer"));
        DonorReport.Line line = report.lines().get(0);
        assertThat(line.achieved().value()).isBetween(1L, 2L);
        assertThat(line.achieved().suppressed()).isTrue();
        assertThat(line.aimed()).isEqualByComparingTo("100");
        assertThat(line.bySex()).allSatisfy(part -> assertThat(part.cell().value() == 0 || part.cell().suppressed())
                .isTrue());
        assertThat(report.threshold()).isEqualTo(5);
    }

    @Test
    void theObserverOpensTheReportInFrenchAndTheNumbersUnderFiveNeverShow() throws Exception {
        Programme p = programmeWithTwoReturns("NL-MFA");
        mvc.perform(get("/programmes/" + p.id() + "/report").param("period", year(p)).with(user(inFrench("observer"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Rapport au bailleur")))
                .andExpect(content().string(containsString("Bailleurs : ")))
                .andExpect(content().string(containsString("moins de 5")))
                .andExpect(content().string(containsString("saison des pluies")))
                .andExpect(content().string(not(containsString("narrative-form"))));
        mvc.perform(get("/api/v1/programmes/" + p.id() + "/report").param("period", year(p))
                .with(user(as("observer")))).andExpect(status().isOk())
                .andExpect(jsonPath("$.lines[0].achieved.suppressed").value(true))
                .andExpect(jsonPath("$.lines[0].achieved.value").doesNotExist());
    }

    @Test
    void thePdfSaysTheReportInTheReadersLanguage() throws Exception {
        Programme p = programmeWithTwoReturns("NL-MFA");
        MockHttpServletResponse response = mvc.perform(get("/programmes/" + p.id() + "/report.pdf")
                .param("period", year(p)).with(user(inFrench("observer")))).andExpect(status().isOk())
                .andReturn().getResponse();
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        PdfReader reader = new PdfReader(response.getContentAsByteArray());
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        assertThat(text.toString()).contains("Rapport au bailleur", p.title(), "Children returned home",
                "Enfants retournés", "moins de 5", "saison des pluies", "320", "100");
    }

    @Test
    void theWorkbookReadsBackWithTheSmallCellsAsWords() throws Exception {
        Programme p = programmeWithTwoReturns("NL-MFA");
        byte[] bytes = mvc.perform(get("/programmes/" + p.id() + "/report.xlsx").param("period", year(p))
                .with(user(as("observer")))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet targetsSheet = workbook.getSheetAt(0);
            List<String> cells = new ArrayList<>();
            for (Row row : targetsSheet) {
                for (Cell cell : row) {
                    cells.add(cell.toString());
                }
            }
            assertThat(cells).contains("Children returned home", "Children returned", "fewer than 5", "320.0",
                    "100.0");
            assertThat(workbook.getSheetAt(2).getRow(0).getCell(0).getStringCellValue())
                    .contains("saison des pluies");
            for (Row row : workbook.getSheetAt(1)) {
                if (row.getRowNum() > 0) {
                    Cell value = row.getCell(3);
                    // every number left in the breakdowns is 0 or at least 5
                    if (value.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                        assertThat(value.getNumericCellValue() == 0 || value.getNumericCellValue() >= 5).isTrue();
                    } else {
                        assertThat(value.getStringCellValue()).isEqualTo("fewer than 5");
                    }
                }
            }
        }
    }

    @Test
    void anObserverOfAnotherDonorLearnsNothingOfTheReport() throws Exception {
        Programme p = programmeWithTwoReturns("EU");
        mvc.perform(get("/programmes/" + p.id() + "/report").param("period", year(p)).with(user(as("observer"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/programmes/" + p.id() + "/report.pdf").param("period", year(p))
                .with(user(as("observer")))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/programmes/" + p.id() + "/report").param("period", year(p))
                .with(user(as("observer")))).andExpect(status().isNotFound());
        mvc.perform(get("/programmes/" + p.id() + "/report").param("period", year(p))
                .with(user(as("partner.dakar")))).andExpect(status().isForbidden());
    }

    @Test
    void aPeriodThatIsNotOneOrLiesOutsideTheProgrammeIs422() throws Exception {
        Programme p = programmeWithTwoReturns("NL-MFA");
        mvc.perform(get("/api/v1/programmes/" + p.id() + "/report").param("period", "1999")
                .with(user(as("observer"))).header("Accept-Language", "fr"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("en dehors de la période du programme")));
        mvc.perform(get("/programmes/" + p.id() + "/report").param("period", "2024-Q5")
                .with(user(as("observer")))).andExpect(status().isUnprocessableEntity());
        mvc.perform(get("/programmes/" + p.id() + "/report.xlsx").with(user(as("observer"))))
                .andExpect(status().isUnprocessableEntity());
    }
}
