package org.sankofa.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sankofa.directory.DirectoryTestSupport.officeCode;
import static org.sankofa.directory.DirectoryTestSupport.unique;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.sankofa.database.SqlStatements;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.UserAccounts;
import org.sankofa.support.SankofaTest;
import org.sankofa.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The directory's lists (communities, organisations, an organisation's offices — pages and API) send as many
 * statements with more rows as with fewer: no query per row.
 */
@SankofaTest
class DirectoryListStatementsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Directory directory;
    @Autowired
    UserAccounts users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    private CurrentUser observer() {
        return users.findByUsername("observer").orElseThrow();
    }

    @Test
    void theListOfCommunitiesCountsTheirMembersInOneQuery() throws Exception {
        RequestBuilder page = get("/directory/communities").with(user(observer()));
        // two more communities with members, rolled back: other tests count the seven communities
        transactions.executeWithoutResult(transaction -> {
            try {
                int before = statements(page);
                for (String code : new String[] {"TESTA", "TESTB"}) {
                    jdbc.sql("insert into community (code, name, founded_on) values (?, ?, ?)")
                            .params(code, "Test community " + code, LocalDate.of(2001, 1, 1)).update();
                    jdbc.sql("""
                            insert into community_membership (community_code, country_code, joined_on, source)
                            values (?, 'SN', ?, 'test'), (?, 'GH', ?, 'test')""")
                            .params(code, LocalDate.of(2001, 1, 1), code, LocalDate.of(2001, 1, 1)).update();
                }
                assertThat(before).isPositive();
                assertThat(statements(page)).isEqualTo(before);
            } catch (Exception e) {
                throw new AssertionError(e);
            } finally {
                transaction.setRollbackOnly();
            }
        });
    }

    @Test
    void searchingOrganisationsAndListingOfficesCostTheSameStatementsHoweverManyRowsTheyShow() throws Exception {
        String tag = unique("Rows").replace(" ", "");
        Organisation organisation = directory.create(new NewOrganisation(tag + " 0", null, OrganisationType.NGO, "SN",
                null), "test");
        directory.create(new NewOffice(organisation.id(), officeCode("SN"), "Office 0", "SN", "Dakar"), "test");
        String bearer = Tokens.bearer(mvc, "observer");
        long id = organisation.id().value();
        RequestBuilder[] requests = {
                get("/directory/organisations").param("q", tag).with(user(observer())),
                get("/directory/organisations/" + id).with(user(observer())),
                get("/api/v1/organisations").param("q", tag).header(HttpHeaders.AUTHORIZATION, bearer),
                get("/api/v1/organisations/" + id).header(HttpHeaders.AUTHORIZATION, bearer),
                get("/api/v1/organisations/" + id + "/offices").header(HttpHeaders.AUTHORIZATION, bearer) };
        statements(requests[2]); // the first use of a token records it (last use, audit): not part of the list
        int[] before = new int[requests.length];
        for (int i = 0; i < requests.length; i++) {
            before[i] = statements(requests[i]);
        }

        for (int i = 1; i <= 3; i++) {
            directory.create(new NewOrganisation(tag + " " + i, null, OrganisationType.NGO, "SN", null), "test");
            directory.create(new NewOffice(organisation.id(), officeCode("SN"), "Office " + i, "SN", "Dakar"),
                    "test");
        }

        for (int i = 0; i < requests.length; i++) {
            assertThat(statements(requests[i])).as("request %d", i).isEqualTo(before[i]);
        }
    }

    private int statements(RequestBuilder request) throws Exception {
        return SqlStatements.count(() -> mvc.perform(request).andExpect(status().isOk()));
    }
}
