package org.sankofa.statistics;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.UserAccounts;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboards against cases this test creates, in a year of the 2000s and with a citizenship (Cabo Verde) that
 * nothing else uses: exact counts for a case office, suppressed counts for coordinators and observers — including
 * the cell that a second request with one filter fewer would reveal — the scopes of each role, the workbook read
 * back, and refusals.
 */
@SankofaTest
class DashboardTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts users;
    @Autowired
    JdbcClient jdbc;

    private String year;

    @BeforeEach
    void cases() {
        int y = 2000 + new Random().nextInt(10);
        year = Integer.toString(y);
        jdbc.sql("delete from case_file where citizenship = 'CV' and extract(year from identified_on) = ?")
                .param(y).update();
        // in Mali: 11 boys and 1 girl in forced begging, 20 men in forced labour (2 of them assisted)
        for (int i = 0; i < 11; i++) {
            insert("ML-BKO", "ML", y, "Masculine", 10, "ForcedBegging");
        }
        insert("ML-BKO", "ML", y, "Feminine", 10, "ForcedBegging");
        List<Long> men = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            men.add(insert("ML-BKO", "ML", y, "Masculine", 30, "ForcedLabour"));
        }
        for (long man : men.subList(0, 2)) {
            jdbc.sql("insert into case_service (case_id, service_type, delivered_on) values (?, 'Shelter', ?)")
                    .params(man, LocalDate.of(y, 12, 31)).update();
        }
        // their routes: 12 from Burkina Faso to Mali, 6 through Niger, 2 within Mali
        for (int i = 0; i < 20; i++) {
            route(men.get(i), i < 12 ? List.of("BF", "ML") : i < 18 ? List.of("BF", "NE", "ML") : List.of("ML"));
        }
        // in Senegal: 3 girls in forced begging
        for (int i = 0; i < 3; i++) {
            insert("SN-DKR", "SN", y, "Feminine", 12, "ForcedBegging");
        }
    }

    @Test
    void aCaseOfficeSeesItsOwnCasesExactly() throws Exception {
        mvc.perform(get("/api/v1/statistics/victims").param("from", year).param("to", year)
                        .param("nationality", "CV").with(user(as("supervisor.dakar"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.exact").value(true))
                .andExpect(jsonPath("$.total.figures.identified.value").value(3))
                .andExpect(jsonPath("$.breakdowns[?(@.name == 'office')]").isEmpty());
    }

    @Test
    void aNationalCoordinatorSeesTheirCountryWithSmallCellsAndTheirPartnersSuppressed() throws Exception {
        // 12 in forced begging: the one girl is fewer than 5, and the 11 boys are hidden with her (else 12 - 11)
        mvc.perform(get("/api/v1/statistics/victims").param("from", year).param("to", year)
                        .param("nationality", "CV").param("exploitation", "ForcedBegging")
                        .with(user(as("coordinator.mali"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.exact").value(false))
                .andExpect(jsonPath("$.total.figures.identified.value").value(12))
                .andExpect(jsonPath("$.breakdowns[?(@.name == 'sex')].lines[?(@.key == 'Feminine')]"
                        + ".figures.identified.suppressed").value(true))
                .andExpect(jsonPath("$.breakdowns[?(@.name == 'sex')].lines[?(@.key == 'Feminine')]"
                        + ".figures.identified.value").value((Object) null))
                .andExpect(jsonPath("$.breakdowns[?(@.name == 'sex')].lines[?(@.key == 'Masculine')]"
                        + ".figures.identified.suppressed").value(true))
                .andExpect(content().string(not(containsString("\"value\":1,"))));
    }

    @Test
    void twoFiltersWhoseDifferenceIsOneChildDoNotBothShowTheirTotal() throws Exception {
        // boys in forced begging: 11; forced begging alone: 12 (published above) — 12 - 11 would single out the girl
        mvc.perform(get("/api/v1/statistics/victims").param("from", year).param("to", year)
                        .param("nationality", "CV").param("exploitation", "ForcedBegging").param("sex", "Masculine")
                        .with(user(as("coordinator.mali"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total.figures.identified.suppressed").value(true))
                .andExpect(jsonPath("$.total.figures.identified.value").value((Object) null));
        // the men in forced labour: 20 of them, relaxing a filter adds 12 or more — shown
        mvc.perform(get("/api/v1/statistics/victims").param("from", year).param("to", year)
                        .param("nationality", "CV").param("exploitation", "ForcedLabour")
                        .with(user(as("coordinator.mali"))))
                .andExpect(jsonPath("$.total.figures.identified.value").value(20))
                // 2 assisted of 20 is fewer than 5; 18 not assisted is not: assisted is suppressed
                .andExpect(jsonPath("$.total.figures.assisted.suppressed").value(true));
    }

    @Test
    void thePyramidHidesEnoughThatNoRowOrColumnGivesTheGirlAway() throws Exception {
        // boys 9-17: 11, girls 9-17: 1, men 30-38: 20. The girl is fewer than 5; the boys go with her (their band's
        // total, 12, is published by age); then the men too, or the males' total minus 20 would give the boys, and
        // the band's 12 minus the boys the girl.
        String pyramid = "$.breakdowns[?(@.name == 'pyramid')].lines[?(@.key == '%s')].figures.identified.suppressed";
        mvc.perform(get("/api/v1/statistics/victims").param("from", year).param("to", year)
                        .param("nationality", "CV").with(user(as("coordinator.mali"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath(pyramid.formatted("Feminine|9-17")).value(true))
                .andExpect(jsonPath(pyramid.formatted("Masculine|9-17")).value(true))
                .andExpect(jsonPath(pyramid.formatted("Masculine|30-38")).value(true))
                .andExpect(jsonPath("$.breakdowns[?(@.name == 'age')].lines[?(@.key == '9-17')]"
                        + ".figures.identified.value").value(12));
        // the supervisor of the office sees them exactly
        mvc.perform(get("/api/v1/statistics/victims").param("from", year).param("to", year)
                        .param("nationality", "CV").with(user(as("supervisor.dakar"))))
                .andExpect(jsonPath("$.breakdowns[?(@.name == 'pyramid')].lines[?(@.key == 'Feminine|9-17')]"
                        + ".figures.identified.value").value(3));
    }

    @Test
    void eachRoleSeesItsScopeAndAPartnerNone() throws Exception {
        // the coordinator of Mali: not the girls identified in Senegal
        mvc.perform(get("/api/v1/statistics/victims").param("from", year).param("to", year)
                        .param("nationality", "CV").with(user(as("coordinator.mali"))))
                .andExpect(jsonPath("$.total.figures.identified.value").value(32))
                .andExpect(jsonPath("$.breakdowns[?(@.name == 'country')].lines[?(@.key == 'SN')]").isEmpty());
        // the regional coordinator: the members of ECOWAS in that year, Mali and Senegal among them
        mvc.perform(get("/api/v1/statistics/victims").param("from", year).param("to", year)
                        .param("nationality", "CV").with(user(as("coordinator.ecowas"))))
                .andExpect(jsonPath("$.total.figures.identified.value").value(35));
        // the observer: every country
        mvc.perform(get("/api/v1/statistics/victims").param("from", year).param("to", year)
                        .param("nationality", "CV").with(user(as("observer"))))
                .andExpect(jsonPath("$.total.figures.identified.value").value(35));
        mvc.perform(get("/api/v1/statistics/victims").with(user(as("partner.dakar"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/statistics").with(user(as("partner.dakar")))).andExpect(status().isForbidden());
    }

    @Test
    void theObserversPageSaysFewerThanFiveInTheirLanguage() throws Exception {
        mvc.perform(get("/statistics").param("from", year).param("to", year).param("nationality", "CV")
                        .with(user(inFrench("observer"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("moins de 5")))
                .andExpect(content().string(containsString("Par sexe")))
                .andExpect(content().string(containsString("id=\"table-sex\"")));
    }

    @Test
    void theWorkbookHoldsThePageTablesWithTheSameSuppression() throws Exception {
        byte[] xlsx = mvc.perform(get("/statistics/dashboard.xlsx").param("from", year).param("to", year)
                        .param("nationality", "CV").param("exploitation", "ForcedBegging")
                        .with(user(as("coordinator.mali"))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet total = book.getSheet("Total");
            assertThat(total.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(12);
            Sheet sex = book.getSheet("By sex");
            List<String> cells = new ArrayList<>();
            for (Row row : sex) {
                for (Cell cell : row) {
                    cells.add(cell.toString());
                }
            }
            assertThat(cells).contains("Feminine", "Masculine", "fewer than 5").doesNotContain("1.0", "11.0");
        }
    }

    @Test
    void theRolesWithoutCaseWorkOpenOnTheirFigures() throws Exception {
        mvc.perform(get("/").with(user(as("coordinator.mali"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"home-statistics\"")))
                .andExpect(content().string(containsString("id=\"home-identified\"")))
                .andExpect(content().string(containsString("href=\"/statistics\"")));
        mvc.perform(get("/").with(user(as("caseworker.dakar"))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"home-statistics\""))));
    }

    @Test
    void routesAreCountedByCorridorAndByFlowAndDrawnOnTheMap() throws Exception {
        String line = "$.breakdowns[?(@.name == '%s')].lines[?(@.key == '%s')].figures.identified.%s";
        mvc.perform(get("/api/v1/statistics/victims").param("from", year).param("to", year)
                        .param("nationality", "CV").param("exploitation", "ForcedLabour")
                        .with(user(as("coordinator.mali"))))
                .andExpect(status().isOk())
                // 2 within Mali is fewer than 5; the corridors sum to the 20 published, so the other is not shown
                .andExpect(jsonPath(line.formatted("corridor", "ML", "fewerThanThreshold")).value(true))
                .andExpect(jsonPath(line.formatted("corridor", "BF>ML", "suppressed")).value(true))
                .andExpect(jsonPath(line.formatted("corridor", "BF>ML", "fewerThanThreshold")).value(false))
                .andExpect(jsonPath(line.formatted("flow", "BF>ML", "value")).value(12))
                .andExpect(jsonPath(line.formatted("flow", "BF>NE", "value")).value(6))
                .andExpect(jsonPath(line.formatted("flow", "NE>ML", "value")).value(6))
                .andExpect(jsonPath("$.breakdowns[?(@.name == 'flow')].lines[?(@.key == 'ML')]").isEmpty());
        // everyone: the 12 boys have no route recorded and have a line of their own, so that the corridors sum to
        // the 32 published; beside the 2 within Mali, it is the smallest of at least 9 (18 from Burkina Faso, 12)
        mvc.perform(get("/api/v1/statistics/victims").param("from", year).param("to", year)
                        .param("nationality", "CV").with(user(as("coordinator.mali"))))
                .andExpect(jsonPath("$.total.figures.identified.value").value(32))
                .andExpect(jsonPath(line.formatted("corridor", "BF>ML", "value")).value(18))
                .andExpect(jsonPath(line.formatted("corridor", "", "suppressed")).value(true))
                .andExpect(jsonPath(line.formatted("corridor", "", "fewerThanThreshold")).value(false));
        String page = mvc.perform(get("/statistics").param("from", year).param("to", year)
                        .param("nationality", "CV").param("exploitation", "ForcedLabour")
                        .with(user(as("coordinator.mali"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"flow-map\"")))
                .andExpect(content().string(containsString("<title>Burkina Faso → Mali: 12</title>")))
                .andExpect(content().string(containsString("Mali (within the country)")))
                .andExpect(content().string(containsString("not shown")))
                .andReturn().getResponse().getContentAsString();
        // the map is drawn close to Burkina Faso, Mali and Niger, not the whole region 640 units wide
        Matcher map = Pattern.compile("<svg role=\"img\" class=\"zoom-(\\d+)\"[^>]*viewBox=\"[\\d.]+ [\\d.]+ ([\\d.]+) ")
                .matcher(page);
        assertThat(map.find()).isTrue();
        assertThat(Integer.parseInt(map.group(1))).isBetween(3, 8);
        assertThat(Double.parseDouble(map.group(2))).isBetween(200.0, 500.0);
    }

    @Test
    void theCsvHoldsEveryTableWithTheSameSuppression() throws Exception {
        byte[] bytes = mvc.perform(get("/statistics/dashboard.csv").param("from", year).param("to", year)
                        .param("nationality", "CV").param("exploitation", "ForcedBegging")
                        .with(user(inFrench("coordinator.mali"))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString(".csv")))
                .andReturn().getResponse().getContentAsByteArray();
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                .get().parse(new StringReader(text.substring(1))).getRecords();
        assertThat(rows).anySatisfy(row -> assertThat(row.values()).containsExactly("Total", "Total", "total", "12",
                "0", "0", "0"));
        assertThat(rows).filteredOn(row -> row.get("Tableau").equals("Par sexe"))
                .extracting(row -> row.get("Code") + "=" + row.get("Identifiées"))
                .containsExactlyInAnyOrder("Masculine=non affiché", "Feminine=moins de 5");
    }

    @Test
    void badFiltersAreRefusedWithA400() throws Exception {
        for (String[] bad : List.of(new String[] {"from", "20x5"}, new String[] {"sex", "Unknown"},
                new String[] {"exploitation", "Begging"}, new String[] {"nationality", "mali"},
                new String[] {"child", "young"}, new String[] {"age", "3-4"}, new String[] {"from", "1999"})) {
            mvc.perform(get("/api/v1/statistics/victims").param(bad[0], bad[1]).with(user(as("observer"))))
                    .andExpect(status().isBadRequest());
        }
        mvc.perform(get("/api/v1/statistics/victims").param("from", "2010").param("to", "2009")
                .with(user(as("observer")))).andExpect(status().isBadRequest());
    }

    @Test
    void journeyTimesCountTheDaysToEachMilestoneInBandsWithTheMedian() throws Exception {
        // the 20 men: 12 determined within a week, 8 after 40 days; 6 returned after 100 days; 2 plans begun late
        List<Long> men = jdbc.sql("select id from case_file where citizenship = 'CV' and age_at_identification = 30"
                + " and extract(year from identified_on) = ? order by id").param(Integer.parseInt(year))
                .query(Long.class).list();
        for (int i = 0; i < men.size(); i++) {
            jdbc.sql("""
                    insert into case_bi_determination (case_id, decision, status, reasons, decided_at)
                    select id, 'RETURN_TO_FAMILY', 'APPROVED', 'x', identified_on + ? from case_file where id = ?""")
                    .params(i < 12 ? 3 : 40, men.get(i)).update();
        }
        for (long man : men.subList(0, 6)) {
            jdbc.sql("""
                    insert into case_return_plan (case_id, destination_country, status, departed_on, arrived_on)
                    select id, 'BF', 'ARRIVED', identified_on + 99, identified_on + 100 from case_file where id = ?""")
                    .param(man).update();
        }
        for (long man : men.subList(6, 8)) {
            jdbc.sql("""
                    insert into case_reintegration_component (case_id, component, provider_org_id, budget, currency,
                                                              recorded_at)
                    select id, 'HEALTH', (select min(id) from organisation), 1, 'XOF', identified_on + 400
                      from case_file where id = ?""").param(man).update();
        }
        String milestone = "$.journeys[?(@.milestone == '%s')].";
        // the office sees every band exactly
        mvc.perform(get("/api/v1/statistics/victims").param("from", year).param("to", year)
                        .param("nationality", "CV").with(user(supervisorOf("ML-BKO"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath(milestone.formatted("determined") + "reached.value").value(20))
                .andExpect(jsonPath(milestone.formatted("determined") + "days.week.value").value(12))
                .andExpect(jsonPath(milestone.formatted("determined") + "days.quarter.value").value(8))
                .andExpect(jsonPath(milestone.formatted("determined") + "median").value("week"))
                .andExpect(jsonPath(milestone.formatted("returned") + "days.year.value").value(6))
                .andExpect(jsonPath(milestone.formatted("returned") + "median").value("year"))
                .andExpect(jsonPath(milestone.formatted("planned") + "days.later.value").value(2));
        // the coordinator: the 2 plans are fewer than 5, the 32 - 20 undetermined persons shown, the 12 - 20 too
        mvc.perform(get("/api/v1/statistics/victims").param("from", year).param("to", year)
                        .param("nationality", "CV").with(user(as("coordinator.mali"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath(milestone.formatted("determined") + "days.week.value").value(12))
                .andExpect(jsonPath(milestone.formatted("determined") + "days.quarter.value").value(8))
                .andExpect(jsonPath(milestone.formatted("planned") + "reached.fewerThanThreshold").value(true))
                .andExpect(jsonPath(milestone.formatted("planned") + "days.later.value").value(contains(nullValue())))
                .andExpect(jsonPath(milestone.formatted("planned") + "median").value(contains(nullValue())));
        // the page: the section, its table in French
        mvc.perform(get("/statistics").param("from", year).param("to", year).param("nationality", "CV")
                        .with(user(inFrench("coordinator.mali"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Délais du parcours")))
                .andExpect(content().string(containsString("Sous 7 jours")));
    }

    private CurrentUser as(String username) {
        return users.findByUsername(username).orElseThrow();
    }

    /** Dakar's supervisor moved to another office, to see that office's cases exactly. */
    private CurrentUser supervisorOf(String office) {
        CurrentUser u = as("supervisor.dakar");
        long officeId = jdbc.sql("select id from office where code = ?").param(office).query(Long.class).single();
        return new CurrentUser(u.id(), u.getUsername(), u.displayName(), u.organisationId(), officeId, "en",
                u.grants(), true, false, false, null);
    }

    private CurrentUser inFrench(String username) {
        CurrentUser u = as(username);
        return new CurrentUser(u.id(), u.getUsername(), u.displayName(), u.organisationId(), u.officeId(), "fr",
                u.grants(), true, false, false, null);
    }

    private void route(long caseId, List<String> countries) {
        for (int i = 0; i < countries.size(); i++) {
            jdbc.sql("insert into case_route_leg (case_id, position, country, role) values (?, ?, ?, ?)")
                    .params(caseId, i, countries.get(i), i == 0 ? "ORIGIN" : "TRANSIT").update();
        }
    }

    @Test
    void monthsAndQuartersAreProtectedWithinTheirYearAndQuarter() throws Exception {
        int y = Integer.parseInt(year);
        // in Mali beside the 32 of June: 1 in January, 7 in February, 2 in October
        insert("ML-BKO", "ML", LocalDate.of(y, 1, 20), "Feminine", 15, "ForcedBegging");
        for (int i = 0; i < 7; i++) {
            insert("ML-BKO", "ML", LocalDate.of(y, 2, 20), "Feminine", 15, "ForcedBegging");
        }
        for (int i = 0; i < 2; i++) {
            insert("ML-BKO", "ML", LocalDate.of(y, 10, 20), "Feminine", 15, "ForcedBegging");
        }
        String line = "$.breakdowns[?(@.name == '%s')].lines[?(@.key == '%s')].figures.identified.%s";
        mvc.perform(get("/api/v1/statistics/victims").param("from", year).param("to", year)
                        .param("nationality", "CV").with(user(as("coordinator.mali"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath(line.formatted("quarter", year + "-Q1", "value")).value(8))
                .andExpect(jsonPath(line.formatted("month", year + "-01", "fewerThanThreshold")).value(true))
                // the first quarter's 8 minus February's 7 would be January's 1: February goes with it
                .andExpect(jsonPath(line.formatted("month", year + "-02", "suppressed")).value(true))
                .andExpect(jsonPath(line.formatted("month", year + "-02", "fewerThanThreshold")).value(false))
                .andExpect(jsonPath(line.formatted("month", year + "-06", "value")).value(32))
                .andExpect(jsonPath(line.formatted("quarter", year + "-Q4", "fewerThanThreshold")).value(true))
                // the year's 42 minus the quarters shown would be the fourth's 2: the second goes with it
                .andExpect(jsonPath(line.formatted("quarter", year + "-Q2", "suppressed")).value(true));
        mvc.perform(get("/statistics").param("from", year).param("to", year).param("nationality", "CV")
                        .with(user(inFrench("coordinator.mali"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("T1 " + year)));
    }

    @Test
    void officesAreCountedByOrganisationAndProtectedWithinIt() throws Exception {
        // a partner's shelter in Senegal holds 10 cases of its own beside IOM's 32 in Bamako and 3 in Dakar
        for (int i = 0; i < 10; i++) {
            insert("SN-ABRI", "SN", Integer.parseInt(year), "Feminine", 16, "ForcedBegging");
        }
        String line = "$.breakdowns[?(@.name == '%s')].lines[?(@.key == '%s')].figures.identified.%s";
        mvc.perform(get("/api/v1/statistics/victims").param("from", year).param("to", year)
                        .param("nationality", "CV").with(user(as("mne"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath(line.formatted("organisation", "IOM", "value")).value(35))
                .andExpect(jsonPath(line.formatted("organisation", "ABRI", "value")).value(10))
                .andExpect(jsonPath(line.formatted("office", "SN-DKR", "fewerThanThreshold")).value(true))
                // IOM's 35 minus Bamako's 32 would be Dakar's 3: Bamako goes with it, whatever the shelter shows
                .andExpect(jsonPath(line.formatted("office", "ML-BKO", "suppressed")).value(true));
    }

    private long insert(String officeCode, String country, int year, String sex, int age, String form) {
        return insert(officeCode, country, LocalDate.of(year, 6, 15), sex, age, form);
    }

    private long insert(String officeCode, String country, LocalDate identified, String sex, int age, String form) {
        long office = jdbc.sql("select id from office where code = ?").param(officeCode).query(Long.class).single();
        return jdbc.sql("""
                insert into case_file (case_number, office_id, identified_on, identified_country,
                                       identifying_office_id, referral_source, trafficking_status, sex,
                                       age_at_identification, age_estimated, citizenship, exploitation_types)
                values (?, ?, ?, ?, ?, 'NgoOutreach', 'PossibleVictimOfTrafficking', ?, ?, false, 'CV', ?::varchar[])
                returning id""")
                .params("DASH-" + UUID.randomUUID().toString().substring(0, 12), office,
                        identified, country, office, sex, age, new String[] {form})
                .query(Long.class).single();
    }
}
