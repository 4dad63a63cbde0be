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
import org.springframework.test.web.servlet.ResultActions;

/**
 * Merging two registrations of one child: the duplicate is closed as a duplicate record with its history kept and
 * the merge audited; undo reopens it; a stale version is a 409, a case with itself a 422, a case of another office
 * a 404 — and a refused merge writes nothing. Only supervisors merge.
 */
@SankofaTest
class MergeTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private final MatchingTestSupport support = new MatchingTestSupport();

    @Test
    void aMergeClosesTheDuplicateKeepsItsHistoryAndCanBeUndone() throws Exception {
        String given = MatchingTestSupport.uniqueName();
        long survivor = support.register(mvc, "caseworker.dakar", given, "Cissé");
        long duplicate = support.register(mvc, "caseworker.dakar", given, "Sisay");
        int version = version(duplicate);

        merge("supervisor.dakar", survivor, duplicate, version + 3).andExpect(status().isConflict());
        assertThat(caseStatus(duplicate)).isEqualTo("Active");
        assertThat(merges(duplicate)).isZero();

        String created = merge("supervisor.dakar", survivor, duplicate, version).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        long mergeId = ((Number) JsonPath.read(created, "$.id")).longValue();
        assertThat(caseStatus(duplicate)).isEqualTo("Closed");
        assertThat(jdbc.sql("select closure_reason from case_file where id = ?").param(duplicate)
                .query(String.class).single()).isEqualTo("DuplicateRecord");
        assertThat(caseStatus(survivor)).isEqualTo("Active");
        assertThat(jdbc.sql("select count(*) from case_person where case_id = ?").param(duplicate)
                .query(Long.class).single()).as("the duplicate's record is kept").isEqualTo(1);
        assertThat(audited("CASES_MERGED", survivor)).isEqualTo(1);
        String pairs = mvc.perform(support.api(mvc, "supervisor.dakar", get("/api/v1/matching/duplicates")))
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<Object>>read(pairs, "$[?(@.caseId == " + survivor + " && @.otherCaseId == "
                + duplicate + ")]")).as("a merged pair is not proposed again").isEmpty();

        merge("supervisor.dakar", survivor, duplicate, version + 1).andExpect(status().isConflict());
        undo("supervisor.conakry", mergeId).andExpect(status().isNotFound());
        undo("supervisor.dakar", mergeId).andExpect(status().isNoContent());
        assertThat(caseStatus(duplicate)).isEqualTo("Active");
        assertThat(audited("MERGE_UNDONE", duplicate)).isEqualTo(1);
        undo("supervisor.dakar", mergeId).andExpect(status().isConflict());
    }

    @Test
    void badMergesAreRefusedAndWriteNothing() throws Exception {
        long dakar = support.register(mvc, "caseworker.dakar", MatchingTestSupport.uniqueName(), "Diallo");
        long other = support.register(mvc, "caseworker.dakar", MatchingTestSupport.uniqueName(), "Diallo");
        long conakry = support.register(mvc, "caseworker.conakry", MatchingTestSupport.uniqueName(), "Jallow");
        merge("supervisor.dakar", dakar, dakar, version(dakar)).andExpect(status().isUnprocessableContent());
        merge("supervisor.dakar", dakar, conakry, 0).andExpect(status().isNotFound());
        merge("supervisor.dakar", conakry, dakar, version(dakar)).andExpect(status().isNotFound());
        mvc.perform(support.api(mvc, "supervisor.dakar", post("/api/v1/matching/merges")).content("{}"))
                .andExpect(status().isUnprocessableContent());
        for (String refused : List.of("caseworker.dakar", "partner.dakar", "coordinator.mali", "observer", "admin")) {
            merge(refused, dakar, other, version(other)).andExpect(status().isForbidden());
        }
        assertThat(caseStatus(dakar)).isEqualTo("Active");
        assertThat(caseStatus(other)).isEqualTo("Active");
        assertThat(caseStatus(conakry)).isEqualTo("Active");
        assertThat(merges(dakar) + merges(conakry) + merges(other)).isZero();
    }

    private ResultActions merge(String username, long survivor, long duplicate, int version) throws Exception {
        return mvc.perform(support.api(mvc, username, post("/api/v1/matching/merges")).content(MatchingTestSupport
                .json(Map.of("survivorCaseId", survivor, "duplicateCaseId", duplicate, "duplicateVersion", version))));
    }

    private ResultActions undo(String username, long mergeId) throws Exception {
        return mvc.perform(support.api(mvc, username, post("/api/v1/matching/merges/" + mergeId + "/undo")));
    }

    private int version(long caseId) {
        return jdbc.sql("select version from case_file where id = ?").param(caseId).query(Integer.class).single();
    }

    private String caseStatus(long caseId) {
        return jdbc.sql("select status from case_file where id = ?").param(caseId).query(String.class).single();
    }

    private long merges(long caseId) {
        return jdbc.sql("select count(*) from matching_merge where survivor_case_id = ? or duplicate_case_id = ?")
                .params(caseId, caseId).query(Long.class).single();
    }

    private long audited(String action, long caseId) {
        return jdbc.sql("select count(*) from audit_entry where action = ? and target_id = ?")
                .params(action, String.valueOf(caseId)).query(Long.class).single();
    }
}
