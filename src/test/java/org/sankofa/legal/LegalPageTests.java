package org.sankofa.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.sankofa.identity.UserAccounts;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SankofaTest
class LegalPageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts users;
    @Autowired
    LegalRecords legal;
    @Autowired
    JdbcClient jdbc;

    private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        return request.with(user(users.findByUsername(username).orElseThrow())).with(csrf());
    }

    @Test
    void theMatrixPageShowsNoRecordDistinctlyFromARecordedStatus() throws Exception {
        Instrument instrument = LegalFixtures.instrument(legal, users);
        legal.create(LegalFixtures.ratified(instrument, "SN", null, LocalDate.of(2003, 7, 27)),
                LegalFixtures.user(users, "admin"));
        String html = mvc.perform(as("observer", get("/legal/matrix?community=ECOWAS&date=2024-06-01")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("15 member countries on 2024-06-01")))
                .andExpect(content().string(containsString("it does not mean &quot;not ratified&quot;")))
                .andExpect(content().string(containsString("data-nav=\"legal\"")))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("data-state=\"BOUND\"", "data-state=\"NO_RECORD\"", ">Ratification<",
                ">2003-07-27<", ">No record<");
    }

    @Test
    void theMatrixPageDefaultsToTheUsersCommunityAndToday() throws Exception {
        mvc.perform(as("coordinator.ecowas", get("/legal/matrix")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + LocalDate.now() + "\"")))
                .andExpect(content().string(containsString("<option value=\"ECOWAS\" selected=\"selected\"")));
    }

    @Test
    void aMalformedDateOrUnknownCommunityIsExplainedOnThePage() throws Exception {
        mvc.perform(as("observer", get("/legal/matrix?community=ECOWAS&date=2024-02-30")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"date-error\"")))
                .andExpect(content().string(not(containsString("id=\"matrix\""))));
        mvc.perform(as("observer", get("/legal/matrix?community=NOWHERE")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"community-error\"")));
    }

    @Test
    void theXlsxExportReadsBackWithOneRowPerMemberOnTheDate() throws Exception {
        Instrument instrument = LegalFixtures.instrument(legal, users);
        legal.create(LegalFixtures.ratified(instrument, "GH", LocalDate.of(2001, 2, 3), null),
                LegalFixtures.user(users, "admin"));
        byte[] xlsx = mvc.perform(as("observer", get("/legal/matrix/export?community=ECOWAS&date=2025-06-01")))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE,
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION,
                        containsString("harmonisation-ecowas-2025-06-01.xlsx")))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("ECOWAS");
            Row header = sheet.getRow(3);
            List<String> headers = new ArrayList<>();
            header.forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).startsWith("Country", "ISO code").contains("Palermo Protocol",
                    instrument.shortName(), "National law in force", "Child-specific provisions");
            List<String> codes = new ArrayList<>();
            for (int r = 4; r <= sheet.getLastRowNum(); r++) {
                codes.add(sheet.getRow(r).getCell(1).getStringCellValue());
            }
            assertThat(codes).hasSize(12).contains("SN", "GH", "CV").doesNotContain("ML", "BF", "NE");
            int column = headers.indexOf(instrument.shortName());
            Row ghana = sheet.getRow(4 + codes.indexOf("GH"));
            assertThat(ghana.getCell(column).getStringCellValue()).isEqualTo("Signed 2001-02-03, not bound");
            Row senegal = sheet.getRow(4 + codes.indexOf("SN"));
            assertThat(senegal.getCell(column).getStringCellValue()).isEqualTo("No record");
        }
    }

    @Test
    void theXlsxExportSpeaksTheReadersLanguage() throws Exception {
        String reader = org.sankofa.support.SignIn.uniqueUsername("lecteur");
        users.create(new org.sankofa.identity.NewUser(reader, "Lecteur " + reader, null, "a-long-test-password-1",
                null, null, "fr", java.util.Set.of(org.sankofa.identity.RoleGrant.of(
                        org.sankofa.identity.Role.OBSERVER))));
        byte[] xlsx = mvc.perform(as(reader, get("/legal/matrix/export?community=ECOWAS&date=2024-06-01")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("ECOWAS");
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("Pays");
            assertThat(sheet.getLastRowNum() - 3).isEqualTo(15);
        }
    }

    @Test
    void theLawFormShowsEachMistakeBesideItsFieldAndStoresNothing() throws Exception {
        String title = LegalFixtures.unique("Law without source");
        mvc.perform(as("coordinator.mali", post("/legal/laws")).param("country", "ML").param("title", title)
                        .param("year", "2012").param("childSpecific", "true").param("source", " "))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"source-error\"")))
                .andExpect(content().string(containsString("id=\"childProvisions-error\"")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        mvc.perform(as("coordinator.mali", post("/legal/laws")).param("country", "ML").param("title", title)
                        .param("year", "twenty"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"year-error\"")));
        assertThat(jdbc.sql("select count(*) from national_law where title = ?").param(title).query(Long.class)
                .single()).isZero();
    }

    @Test
    void coordinatorMaliRecordsMalisLawOnThePageAndIsRefusedSenegals() throws Exception {
        String title = LegalFixtures.unique("Loi relative à la lutte contre la traite");
        mvc.perform(as("coordinator.mali", post("/legal/laws")).param("country", "ML").param("title", title)
                        .param("year", "2012").param("exploitationTypes", "ForcedBegging", "SexualExploitation")
                        .param("childSpecific", "false").param("source", LegalFixtures.SOURCE))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/legal/laws?country=ML"));
        mvc.perform(as("coordinator.mali", post("/legal/laws")).param("country", "SN").param("title", title)
                        .param("year", "2012").param("childSpecific", "false").param("source", LegalFixtures.SOURCE))
                .andExpect(status().isForbidden());
        long id = jdbc.sql("select id from national_law where title = ?").param(title).query(Long.class).single();
        mvc.perform(as("coordinator.mali", get("/legal/laws?country=ML")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(title)))
                .andExpect(content().string(containsString("/legal/laws/" + id + "/edit")));
        mvc.perform(as("coordinator.ecowas", get("/legal/laws/" + id + "/edit"))).andExpect(status().isForbidden());
        mvc.perform(as("coordinator.mali", get("/legal/laws/" + id + "/edit")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-confirm=")));
    }

    @Test
    void listsHaveEmptyStatesAndPages() throws Exception {
        mvc.perform(as("observer", get("/legal/statuses?country=AQ")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No status is recorded for this choice.")))
                .andExpect(content().string(not(containsString("id=\"new-status\""))));
        var admin = LegalFixtures.user(users, "admin");
        for (int i = 0; i < 26; i++) {
            legal.create(LegalFixtures.law("TV", 1990 + i, false), admin);
        }
        mvc.perform(as("observer", get("/legal/laws?country=TV")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Page 1 of 2")))
                .andExpect(content().string(containsString("rel=\"next\"")));
        mvc.perform(as("observer", get("/legal/laws?country=TV&page=1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Page 2 of 2")));
    }

    @Test
    void instrumentFormsAreForAdministratorsAndDeletionAsksFirst() throws Exception {
        Instrument instrument = LegalFixtures.instrument(legal, users);
        mvc.perform(as("admin", get("/legal/instruments/" + instrument.id().value() + "/edit")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-confirm=\"Delete the instrument")));
        mvc.perform(as("admin", post("/legal/instruments")).param("title", "T").param("shortName", " ")
                        .param("kind", "REGIONAL").param("source", LegalFixtures.SOURCE))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("id=\"shortName-error\"")))
                .andExpect(content().string(containsString("id=\"communities-error\"")));
        mvc.perform(as("admin", post("/legal/instruments/" + instrument.id().value() + "/delete")))
                .andExpect(status().is3xxRedirection());
        assertThat(legal.instrument(instrument.id())).isEmpty();
    }
}
