package org.sankofa.exchange;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.ss.usermodel.Workbook;
import org.junit.jupiter.api.Test;
import org.sankofa.identity.NewUser;
import org.sankofa.identity.Role;
import org.sankofa.identity.RoleGrant;
import org.sankofa.identity.UserAccounts;
import org.sankofa.support.SankofaTest;
import org.sankofa.support.SignIn;
import org.sankofa.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sankofa.exchange.ExchangeTestSupport.*;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Export → import into an empty office → export again: the two files hold the same values. */
@SankofaTest
class HtcdsRoundTripTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAccounts users;

    @Test
    void anExportImportedIntoAnEmptyOfficeExportsTheSameValues() throws Exception {
        LocalDate day = uniqueDay();
        register(mvc, "caseworker.dakar", childCase(uniqueName(), "Diallo", day, "SN"));
        register(mvc, "supervisor.dakar", adultCase(uniqueName(), "=Sow+1", day, "SN"));
        register(mvc, "supervisor.dakar", adultCase(uniqueName(), "Ba", day, "GN"));
        String query = "from=" + day + "&to=" + day + "&sort=number";
        byte[] first = export(Tokens.bearer(mvc, "supervisor.dakar"), query);

        String supervisor = emptyOfficeSupervisor();
        String token = "Bearer " + Tokens.issue(mvc, supervisor, "round-trip-password-1").get("token").asString();
        String location = mvc.perform(multipart("/api/v1/imports/htcds")
                        .file(new MockMultipartFile("file", "export.xlsx", "application/octet-stream", first))
                        .header(HttpHeaders.AUTHORIZATION, token))
                .andExpect(status().isAccepted()).andReturn().getResponse().getHeader(HttpHeaders.LOCATION);
        String state = "QUEUED";
        String body = "";
        for (int i = 0; i < 600 && !state.equals("SUCCEEDED") && !state.equals("FAILED"); i++) {
            Thread.sleep(100);
            body = mvc.perform(get(location).header(HttpHeaders.AUTHORIZATION, token)).andReturn().getResponse()
                    .getContentAsString();
            state = JsonPath.read(body, "$.state");
        }
        assertThat(state).as(body).isEqualTo("SUCCEEDED");
        assertThat((Integer) JsonPath.read(body, "$.casesCreated")).isEqualTo(3);

        byte[] second = export(token, query);
        try (Workbook before = workbook(first); Workbook after = workbook(second)) {
            List<List<String>> a = rows(before.getSheetAt(0), 0);
            List<List<String>> b = rows(after.getSheetAt(0), 0);
            assertThat(a).hasSize(5);
            assertThat(b).hasSize(a.size());
            int number = HtcdsColumn.CASE_NUMBER.index();
            for (int r = 0; r < a.size(); r++) {
                List<String> x = new java.util.ArrayList<>(a.get(r));
                List<String> y = new java.util.ArrayList<>(b.get(r));
                if (r >= 2) { // the case numbers are the new office's
                    assertThat(x.get(number)).startsWith("SN-DKR-");
                    assertThat(y.get(number)).startsWith(officeCode + "-");
                    x.set(number, "");
                    y.set(number, "");
                }
                assertThat(y).as("row " + (r + 1)).isEqualTo(x);
            }
            assertThat(b.get(2).get(HtcdsColumn.NARRATIVE.index())).contains("\n");
        }
    }

    private String officeCode;

    /** A new office of IOM Dakar's organisation, holding no case, and a supervisor of it. */
    private String emptyOfficeSupervisor() {
        officeCode = "SN-RT" + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36), 36)
                .toUpperCase();
        long organisation = jdbc.sql("select organisation_id from office where code = 'SN-DKR'").query(Long.class)
                .single();
        long office = jdbc.sql("""
                insert into office (organisation_id, code, name, country_code, city)
                values (?, ?, 'Round trip', 'SN', 'Thiès') returning id""")
                .params(organisation, officeCode).query(Long.class).single();
        String username = SignIn.uniqueUsername("roundtrip");
        users.create(new NewUser(username, "Round trip", null, "round-trip-password-1", organisation, office, "en",
                Set.of(RoleGrant.of(Role.CASE_SUPERVISOR))));
        return username;
    }

    private byte[] export(String bearer, String query) throws Exception {
        return mvc.perform(get("/api/v1/exports/htcds?" + query).header(HttpHeaders.AUTHORIZATION, bearer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
    }
}
