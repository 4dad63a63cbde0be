package org.sankofa.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The supervisor's batch review: two registrations of one child under two spellings are proposed as a pair with the
 * fields that agree; "not the same person" is remembered and the pair never proposed again; a case with itself is a
 * 422, a case of another office a 404, a second decision a 409; only supervisors review, and only their office.
 */
@SankofaTest
class DuplicateReviewTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private final MatchingTestSupport support = new MatchingTestSupport();

    @Test
    void aPairIsProposedThenRememberedAsNotTheSamePerson() throws Exception {
        String given = MatchingTestSupport.uniqueName();
        long one = support.register(mvc, "caseworker.dakar", given, "Traoré");
        long other = support.register(mvc, "caseworker.dakar", given + "u", "Trawally");

        String pairs = review("supervisor.dakar");
        List<Map<String, Object>> found = JsonPath.read(pairs,
                "$[?(@.caseId == " + one + " && @.otherCaseId == " + other + ")]");
        assertThat(found).hasSize(1);
        assertThat((List<String>) found.get(0).get("agreeing")).contains("FAMILY_NAME", "GIVEN_NAMES", "BIRTH");
        assertThat(pairs).doesNotContain(given);
        assertThat(jdbc.sql("""
                select count(*) from audit_entry where actor = 'supervisor.dakar'
                   and action = 'POSSIBLE_DUPLICATE_SHOWN' and target_id = ? and details = ?""")
                .params(String.valueOf(one), "other=" + other).query(Long.class).single()).isPositive();
        // Conakry's supervisor is not shown Dakar's pairs
        assertThat(review("supervisor.conakry")).doesNotContain("\"caseId\":" + one + ",");

        notSame("supervisor.dakar", other, one).andExpect(status().isNoContent());
        assertThat(JsonPath.<List<Object>>read(review("supervisor.dakar"),
                "$[?(@.caseId == " + one + " && @.otherCaseId == " + other + ")]")).isEmpty();
        notSame("supervisor.dakar", one, other).andExpect(status().isConflict());
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'DUPLICATE_REJECTED' and target_id = ?")
                .param(String.valueOf(one)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void badPairsAreRefusedWithNothingRecorded() throws Exception {
        long dakar = support.register(mvc, "caseworker.dakar", MatchingTestSupport.uniqueName(), "Camara");
        long conakry = support.register(mvc, "caseworker.conakry", MatchingTestSupport.uniqueName(), "Kamara");
        notSame("supervisor.dakar", dakar, dakar).andExpect(status().isUnprocessableContent());
        notSame("supervisor.dakar", dakar, conakry).andExpect(status().isNotFound());
        notSame("supervisor.conakry", dakar, conakry).andExpect(status().isNotFound());
        mvc.perform(support.api(mvc, "supervisor.dakar", post("/api/v1/matching/duplicates/not-same"))
                .content("{}")).andExpect(status().isUnprocessableContent());
        assertThat(jdbc.sql("select count(*) from matching_not_same where case_id = ? or other_case_id = ?")
                .params(dakar, dakar).query(Long.class).single()).isZero();
        for (String refused : List.of("caseworker.dakar", "partner.dakar", "coordinator.mali", "mne", "observer",
                "admin")) {
            mvc.perform(support.api(mvc, refused, get("/api/v1/matching/duplicates"))).andExpect(status().isForbidden());
            notSame(refused, dakar, dakar + 1).andExpect(status().isForbidden());
        }
    }

    private String review(String username) throws Exception {
        return mvc.perform(support.api(mvc, username, get("/api/v1/matching/duplicates"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private org.springframework.test.web.servlet.ResultActions notSame(String username, long one, long other)
            throws Exception {
        return mvc.perform(support.api(mvc, username, post("/api/v1/matching/duplicates/not-same"))
                .content(MatchingTestSupport.json(Map.of("caseId", one, "otherCaseId", other))));
    }
}
