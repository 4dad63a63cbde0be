package org.sankofa.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sankofa.cases.CaseTestSupport.api;
import static org.sankofa.cases.CaseTestSupport.childCase;
import static org.sankofa.cases.CaseTestSupport.id;
import static org.sankofa.cases.CaseTestSupport.json;
import static org.sankofa.cases.CaseTestSupport.uniqueName;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Two people saving the same version of a case at the same time: one wins, the other gets 409, nothing is lost. */
@SankofaTest
class CaseConcurrencyTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void ofTwoParallelSavesOfTheSameVersionExactlyOneSucceedsAndTheOtherGets409() throws Exception {
        long id = id(mvc.perform(api(mvc, "caseworker.dakar", post("/api/v1/cases"))
                        .content(json(childCase(uniqueName(), uniqueName()))))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        // tokens first, so that both requests start together
        api(mvc, "caseworker.dakar", get("/"));
        api(mvc, "supervisor.dakar", get("/"));

        String nameA = uniqueName();
        String nameB = uniqueName();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<MockHttpServletResponse>> results = new ArrayList<>();
            for (String[] save : new String[][] {{"caseworker.dakar", nameA}, {"supervisor.dakar", nameB}}) {
                Map<String, Object> body = new HashMap<>(childCase(save[1], "Parallel"));
                body.put("version", 0);
                Callable<MockHttpServletResponse> request = () -> {
                    start.await();
                    return mvc.perform(api(mvc, save[0], put("/api/v1/cases/" + id)).content(json(body)))
                            .andReturn().getResponse();
                };
                results.add(pool.submit(request));
            }
            start.countDown();
            MockHttpServletResponse first = results.get(0).get(60, TimeUnit.SECONDS);
            MockHttpServletResponse second = results.get(1).get(60, TimeUnit.SECONDS);

            assertThat(List.of(first.getStatus(), second.getStatus())).containsExactlyInAnyOrder(200, 409);
            MockHttpServletResponse winner = first.getStatus() == 200 ? first : second;
            MockHttpServletResponse loser = first.getStatus() == 200 ? second : first;
            String winnerName = JsonPath.read(winner.getContentAsString(), "$.person.givenNames");
            assertThat(loser.getContentType()).isEqualTo("application/problem+json");
            assertThat(loser.getContentAsString()).contains("Someone else saved this record");

            String stored = mvc.perform(api(mvc, "caseworker.dakar", get("/api/v1/cases/" + id)))
                    .andReturn().getResponse().getContentAsString();
            assertThat((String) JsonPath.read(stored, "$.person.givenNames")).isEqualTo(winnerName)
                    .isIn(nameA, nameB);
            assertThat((Integer) JsonPath.read(stored, "$.version")).isEqualTo(1);
            assertThat(jdbc.sql("select count(*) from audit_entry where action = 'CASE_UPDATED' and target_id = ?")
                    .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
