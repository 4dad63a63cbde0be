package org.sankofa.plans.internal;

import org.junit.jupiter.api.Test;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo plans are loaded once: running the loader again adds nothing. */
@SankofaTest
class DemoPlansTests {

    @Autowired
    DemoPlans demoPlans;
    @Autowired
    JdbcClient jdbc;

    @Test
    void loadingTheDemoPlansAgainAddsNothing() {
        String counts = """
                select (select count(*) from action_plan where created_by = 'demo-loader') || '/'
                    || (select count(*) from strategic_area a join action_plan p on p.id = a.plan_id
                        where p.created_by = 'demo-loader') || '/'
                    || (select count(*) from indicator_value where synthetic)""";
        String before = jdbc.sql(counts).query(String.class).single();
        demoPlans.load();
        assertThat(jdbc.sql(counts).query(String.class).single()).isEqualTo(before).startsWith("6/");
        assertThat(jdbc.sql("select count(*) from indicator_value where synthetic").query(Long.class).single())
                .isEqualTo(16 + 12); // DemoPlans, then DemoComputedIndicators (offences, investigated, convicted)
    }
}
