package org.sankofa.statistics;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.UserAccounts;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * SDG 16.2.2: population estimates imported from a file of the World Population Prospects' layout (all or nothing,
 * the source named), and the rates they divide — the persons as the dashboard publishes them, "no denominator" where
 * the estimates do not cover a part exactly, nothing worked out from a suppressed count. Cases and estimates in a
 * year of the 2010s that no other test uses, in Mali and Senegal.
 */
@SankofaTest
class PopulationTests {

    private static final String HEADER = "SortOrder,LocID,Notes,ISO3_code,ISO2_code,SDMX_code,LocTypeID,LocTypeName,"
            + "ParentID,Location,VarID,Variant,Time,MidPeriod,AgeGrp,AgeGrpStart,AgeGrpSpan,PopMale,PopFemale,PopTotal\n";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts users;
    @Autowired
    JdbcClient jdbc;

    private int year;

    @BeforeEach
    void cases() {
        year = 2010 + new Random().nextInt(8);
        jdbc.sql("delete from case_file where identified_country in ('ML', 'SN') and extract(year from identified_on) = ?")
                .param(year).update();
        jdbc.sql("delete from population_estimate where year = ?").param(year).update();
        // Mali: 12 girls and 8 women, 3 boys — 23, of whom 15 children; Senegal: 10 boys and 6 men
        insert("ML-BKO", "ML", "Feminine", 12, 12);
        insert("ML-BKO", "ML", "Feminine", 30, 8);
        insert("ML-BKO", "ML", "Masculine", 10, 3);
        insert("SN-DKR", "SN", "Masculine", 15, 10);
        insert("SN-DKR", "SN", "Masculine", 25, 6);
    }

    /**
     * Mali in three groups that part children from adults (2,000,000 people, 780,000 under 18); Senegal in five-year
     * groups, whose 15–19 straddles 18 (2,000,000 people); a region's line, which has no ISO code, is skipped.
     */
    private String estimates() {
        return "\uFEFF" + HEADER
                + ",903,,,,903,,Region,900,Africa,2,Medium," + year + "," + year + ".5,0-4,0,5,99999,99999,199998\n"
                + wpp("ML", "0-17", 0, 18, "380", "400") + wpp("ML", "18-59", 18, 42, "520", "500")
                + wpp("ML", "60+", 60, -1, "100", "100")
                + wpp("SN", "0-4", 0, 5, "100", "100") + wpp("SN", "5-9", 5, 5, "100", "100")
                + wpp("SN", "10-14", 10, 5, "100", "100") + wpp("SN", "15-19", 15, 5, "100", "100")
                + wpp("SN", "20+", 20, -1, "600.0", "600.000");
    }

    private String wpp(String country, String group, int start, int span, String male, String female) {
        return String.join(",", "1", "1", "", "", country, "1", "4", "Country/Area", "1", country, "2", "Medium",
                Integer.toString(year), year + ".5", group, Integer.toString(start), Integer.toString(span), male,
                female, "0") + "\n";
    }

    @Test
    void importedEstimatesDivideThePersonsTheDashboardPublishes() throws Exception {
        upload("mne", estimates(), "UN DESA, World Population Prospects 2024")
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", "statistics.population.imported"));
        mvc.perform(get("/statistics/populations").with(user(as("mne"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("UN DESA, World Population Prospects 2024")))
                .andExpect(content().string(containsString("1,000,000")));
        assertThat(jdbc.sql("select count(*) from population_estimate where year = ?").param(year)
                .query(Long.class).single()).isEqualTo(16);

        // one country's view: everyone 23 / 2,000,000; children 15 / 780,000; adults 8 / 1,220,000; the 3 boys are
        // fewer than 5 and the 20 girls and women hidden with them, so neither sex has a rate
        String mali = sdg("coordinator.mali", "from", "to");
        assertThat(cell(mali, "ML", "TOTAL")).isEqualTo("1.15");
        assertThat(cell(mali, "ML", "CHILDREN")).isEqualTo("1.92");
        assertThat(cell(mali, "ML", "ADULTS")).isEqualTo("0.66");
        assertThat(cell(mali, "ML", "FEMININE")).isEqualTo("not shown");
        assertThat(cell(mali, "ML", "MASCULINE")).isEqualTo("not shown");

        // the same through the API
        String rate = "$[?(@.country == 'ML')].rates.%s";
        mvc.perform(get("/api/v1/statistics/detection-rates").param("from", Integer.toString(year))
                        .param("to", Integer.toString(year)).with(user(as("coordinator.mali"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath(rate.formatted("total.per100k")).value(1.15))
                .andExpect(jsonPath(rate.formatted("total.population")).value(2_000_000))
                .andExpect(jsonPath(rate.formatted("children.per100k")).value(1.92))
                .andExpect(jsonPath(rate.formatted("masculine.persons.fewerThanThreshold")).value(true))
                .andExpect(jsonPath(rate.formatted("masculine.persons.value")).value(contains(nullValue())))
                .andExpect(jsonPath(rate.formatted("masculine.per100k")).value(contains(nullValue())));
        mvc.perform(get("/api/v1/statistics/detection-rates").param("from", Integer.toString(year - 1))
                        .param("to", Integer.toString(year)).with(user(as("coordinator.mali"))))
                .andExpect(status().isBadRequest());

        // every country: a rate for everyone only (persons by country and sex are not among the tables)
        String all = sdg("mne", "from", "to");
        assertThat(cell(all, "ML", "TOTAL")).isEqualTo("1.15");
        assertThat(cell(all, "SN", "TOTAL")).isEqualTo("0.80");
        assertThat(all).doesNotContain("data-part=\"FEMININE\"").contains("id=\"sdg-parts\"");
    }

    @Test
    void aPartTheEstimatesDoNotCoverExactlyHasNoDenominator() throws Exception {
        upload("mne", estimates(), "WPP 2024").andExpect(status().is3xxRedirection());
        // Mali again, in Senegal's five-year groups: the file replaces Mali's year, and 15-19 straddles 18
        String fiveYears = "\uFEFF" + HEADER + wpp("ML", "0-14", 0, 15, "300", "300")
                + wpp("ML", "15-19", 15, 5, "100", "100") + wpp("ML", "20+", 20, -1, "600", "600");
        upload("coordinator.mali", fiveYears, "Institut national de la statistique").andExpect(status().is3xxRedirection());
        String mali = sdg("coordinator.mali", "from", "to");
        assertThat(cell(mali, "ML", "TOTAL")).isEqualTo("1.15");
        assertThat(cell(mali, "ML", "CHILDREN")).isEqualTo("no denominator");
        assertThat(cell(mali, "ML", "ADULTS")).isEqualTo("no denominator");

        // deleted: no denominator at all
        mvc.perform(post("/statistics/populations/delete").param("country", "ML").param("year", Integer.toString(year))
                        .with(csrf()).with(user(as("mne"))))
                .andExpect(status().is3xxRedirection());
        assertThat(cell(sdg("coordinator.mali", "from", "to"), "ML", "TOTAL")).isEqualTo("no denominator");
        // deleted already (a form sent twice): nothing to delete
        mvc.perform(post("/statistics/populations/delete").param("country", "ML").param("year", Integer.toString(year))
                        .with(csrf()).with(user(as("mne"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void theRatesAreYearlyAndWithoutFilters() throws Exception {
        mvc.perform(get("/statistics").param("from", Integer.toString(year - 1)).param("to", Integer.toString(year))
                        .with(user(as("mne"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"sdg-yearly\"")))
                .andExpect(content().string(not(containsString("id=\"table-sdg\""))));
        mvc.perform(get("/statistics").param("from", Integer.toString(year)).param("to", Integer.toString(year))
                        .param("sex", "Feminine").with(user(as("mne"))))
                .andExpect(content().string(containsString("id=\"sdg-filtered\"")));
        // a case office's cases are not a country's
        mvc.perform(get("/statistics").param("from", Integer.toString(year)).param("to", Integer.toString(year))
                        .with(user(as("supervisor.dakar"))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"sdg\""))));
    }

    @Test
    void aBadFileIsRefusedWithItsLineAndNothingIsStored() throws Exception {
        upload("mne", estimates(), "WPP 2024").andExpect(status().is3xxRedirection());
        String badNumber = HEADER + wpp("ML", "0-17", 0, 18, "380", "400") + wpp("ML", "18+", 18, -1, "many", "600");
        upload("mne", badNumber, "WPP 2024")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Line 3: PopMale = many is not a number")));
        String missing = HEADER.replace(",PopFemale", "") + "1\n";
        upload("mne", missing, "WPP 2024")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("the column PopFemale is missing")));
        String twice = HEADER + wpp("SN", "0-4", 0, 5, "1", "1") + wpp("SN", "0-4", 0, 5, "1", "1");
        upload("mne", twice, "WPP 2024").andExpect(status().isUnprocessableContent());
        upload("mne", estimates(), " ").andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Name the source")));
        upload("mne", "", "WPP 2024").andExpect(status().isUnprocessableContent());
        // Mali's three groups as first imported: nothing of the refused files was written
        assertThat(jdbc.sql("select count(*) from population_estimate where year = ? and country = 'ML'").param(year)
                .query(Long.class).single()).isEqualTo(6);
    }

    @Test
    void onlyThePeopleWhoReportManageTheEstimates() throws Exception {
        for (String username : new String[] {"observer", "caseworker.dakar", "organiser", "partner.dakar"}) {
            mvc.perform(get("/statistics/populations").with(user(as(username)))).andExpect(status().isForbidden());
            upload(username, estimates(), "WPP").andExpect(status().isForbidden());
        }
        assertThat(jdbc.sql("select count(*) from population_estimate where year = ?").param(year)
                .query(Long.class).single()).isZero();
    }

    private ResultActions upload(String username, String csv, String source) throws Exception {
        return mvc.perform(multipart("/statistics/populations")
                .file(new MockMultipartFile("file", "wpp.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .param("source", source).with(csrf()).with(user(as(username))));
    }

    /** The dashboard of the test's year as this user sees it. */
    private String sdg(String username, String from, String to) throws Exception {
        return mvc.perform(get("/statistics").param(from, Integer.toString(year)).param(to, Integer.toString(year))
                        .with(user(as(username))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    /** A cell of the SDG table: the country's row, the part's column. */
    private static String cell(String page, String country, String part) {
        String table = page.substring(page.indexOf("id=\"table-sdg\""));
        String name = country.equals("ML") ? "Mali" : "Senegal";
        String row = table.substring(table.indexOf(">" + name + "<"));
        row = row.substring(0, row.indexOf("</tr>"));
        String at = "data-part=\"" + part + "\">";
        int start = row.indexOf(at);
        assertThat(start).as("%s's %s", country, part).isNotNegative();
        return row.substring(start + at.length(), row.indexOf("</td>", start)).strip();
    }

    private CurrentUser as(String username) {
        return users.findByUsername(username).orElseThrow();
    }

    private void insert(String officeCode, String country, String sex, int age, int count) {
        long office = jdbc.sql("select id from office where code = ?").param(officeCode).query(Long.class).single();
        for (int i = 0; i < count; i++) {
            jdbc.sql("""
                    insert into case_file (case_number, office_id, identified_on, identified_country,
                                           identifying_office_id, referral_source, trafficking_status, sex,
                                           age_at_identification, age_estimated, citizenship, exploitation_types)
                    values (?, ?, ?, ?, ?, 'NgoOutreach', 'PossibleVictimOfTrafficking', ?, ?, false, 'ML',
                            '{ForcedBegging}'::varchar[])""")
                    .params("SDG-" + UUID.randomUUID().toString().substring(0, 12), office,
                            LocalDate.of(year, 5, 15), country, office, sex, age)
                    .update();
        }
    }
}
