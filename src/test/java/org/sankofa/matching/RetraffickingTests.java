package org.sankofa.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A child registered again after their case was closed is linked to the earlier case as re-trafficked, and the
 * public count of re-trafficked persons per period includes them once; bad links are refused and write nothing.
 */
@SankofaTest
class RetraffickingTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RetraffickingLinks links;

    private final MatchingTestSupport support = new MatchingTestSupport();

    @Test
    void aNewCaseOfAnEarlierClosedCaseIsLinkedAndCountedOnce() throws Exception {
        String given = MatchingTestSupport.uniqueName();
        long earlier = support.register(mvc, "caseworker.dakar", given, "Camara");
        long again = support.register(mvc, "caseworker.dakar", given, "Kamara");
        LocalDate today = LocalDate.now();
        long before = links.persons(today, today);

        link("supervisor.dakar", again, earlier).andExpect(status().isConflict()); // the earlier case is still open
        close(earlier);
        link("supervisor.dakar", again, earlier).andExpect(status().isCreated());
        link("supervisor.dakar", again, earlier).andExpect(status().isConflict());
        link("supervisor.dakar", earlier, again).andExpect(status().isConflict()); // the "new" one is closed
        assertThat(links.persons(today, today)).isEqualTo(before + 1);
        assertThat(links.persons(today.plusDays(1), today.plusDays(30))).as("counted on the day confirmed").isZero();
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'RETRAFFICKING_LINKED' and target_id = ?")
                .param(String.valueOf(again)).query(Long.class).single()).isEqualTo(1);
        assertThatThrownBy(() -> links.persons(today, today.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void badLinksAreRefusedAndWriteNothing() throws Exception {
        long dakar = support.register(mvc, "caseworker.dakar", MatchingTestSupport.uniqueName(), "Traoré");
        long conakry = support.register(mvc, "caseworker.conakry", MatchingTestSupport.uniqueName(), "Traoré");
        close(conakry);
        link("supervisor.dakar", dakar, dakar).andExpect(status().isUnprocessableContent());
        link("supervisor.dakar", dakar, conakry).andExpect(status().isNotFound());
        mvc.perform(support.api(mvc, "supervisor.dakar", post("/api/v1/matching/retrafficking-links")).content("{}"))
                .andExpect(status().isUnprocessableContent());
        for (String refused : List.of("caseworker.dakar", "partner.dakar", "mne", "observer", "admin")) {
            link(refused, dakar, conakry).andExpect(status().isForbidden());
        }
        assertThat(jdbc.sql("select count(*) from matching_retrafficking_link where new_case_id = ?").param(dakar)
                .query(Long.class).single()).isZero();
    }

    /** The case closed as its office would close it (reintegration completed), for the test's purpose. */
    private void close(long caseId) {
        jdbc.sql("""
                update case_file set status = 'Closed', closed_on = current_date,
                       closure_reason = 'ReintegrationCompleted' where id = ?""").param(caseId).update();
    }

    private ResultActions link(String username, long newCase, long earlier) throws Exception {
        return mvc.perform(support.api(mvc, username, post("/api/v1/matching/retrafficking-links"))
                .content(MatchingTestSupport.json(Map.of("newCaseId", newCase, "earlierCaseId", earlier))));
    }
}
