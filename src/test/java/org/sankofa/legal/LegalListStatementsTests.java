package org.sankofa.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sankofa.database.SqlStatements;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.UserAccounts;
import org.sankofa.support.SankofaTest;
import org.sankofa.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * The legal lists and the matrix (pages and API) send as many statements with more instruments, statuses and laws as
 * with fewer: no query per row or per cell.
 */
@SankofaTest
class LegalListStatementsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    LegalRecords legal;
    @Autowired
    UserAccounts users;

    @Test
    void theListsAndTheMatrixCostTheSameStatementsHoweverManyRowsTheyShow() throws Exception {
        CurrentUser admin = LegalFixtures.user(users, "admin");
        CurrentUser coordinator = LegalFixtures.user(users, "coordinator.ecowas");
        Instrument instrument = LegalFixtures.instrument(legal, users);
        legal.create(LegalFixtures.ratified(instrument, "SN", LocalDate.of(2001, 1, 1), LocalDate.of(2002, 1, 1)),
                admin);
        legal.create(LegalFixtures.law("TG", 2005, false), admin);
        long id = instrument.id().value();
        String bearer = Tokens.bearer(mvc, "observer");
        String today = LocalDate.now().toString();
        List<RequestBuilder> requests = List.of(
                get("/legal/instruments").with(user(coordinator)),
                get("/legal/statuses").param("instrument", String.valueOf(id)).with(user(coordinator)),
                get("/legal/laws").param("country", "TG").with(user(coordinator)),
                get("/legal/matrix").param("community", "ECOWAS").param("date", today).with(user(coordinator)),
                get("/api/v1/legal/instruments").header(HttpHeaders.AUTHORIZATION, bearer),
                get("/api/v1/legal/statuses").param("instrument", String.valueOf(id))
                        .header(HttpHeaders.AUTHORIZATION, bearer),
                get("/api/v1/legal/laws").param("country", "TG").header(HttpHeaders.AUTHORIZATION, bearer),
                get("/api/v1/legal/matrix").param("community", "ECOWAS").header(HttpHeaders.AUTHORIZATION, bearer));
        statements(requests.get(4)); // the first use of a token records it (last use, audit): not part of the list
        int[] before = new int[requests.size()];
        for (int i = 0; i < requests.size(); i++) {
            before[i] = statements(requests.get(i));
        }

        LegalFixtures.instrument(legal, users);
        for (String country : List.of("GH", "CI", "BJ")) {
            legal.create(LegalFixtures.ratified(instrument, country, LocalDate.of(2001, 1, 1), null), admin);
        }
        for (int year : new int[] {2010, 2015, 2020}) {
            legal.create(LegalFixtures.law("TG", year, year == 2015), admin);
        }

        for (int i = 0; i < requests.size(); i++) {
            assertThat(statements(requests.get(i))).as("request %d", i).isEqualTo(before[i]);
        }
    }

    private int statements(RequestBuilder request) throws Exception {
        return SqlStatements.count(() -> mvc.perform(request).andExpect(status().isOk()));
    }
}
