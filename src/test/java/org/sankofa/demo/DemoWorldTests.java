package org.sankofa.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The demo world loads every part once, in the one order of {@link DemoPart}. */
@SankofaTest
class DemoWorldTests {

    @Autowired
    List<DemoStep> steps;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyPartHasExactlyOneStep() {
        assertThat(steps).extracting(DemoStep::part).containsExactlyInAnyOrder(DemoPart.values());
    }

    @Test
    void stepsRunInTheOrderOfTheirParts() {
        List<DemoStep> shuffled = new ArrayList<>(steps);
        Collections.reverse(shuffled);
        assertThat(DemoWorld.ordered(shuffled)).extracting(DemoStep::part).containsExactly(DemoPart.values());
    }

    @Test
    void twoStepsForOnePartAreAMistake() {
        DemoStep one = step(DemoPart.LEGAL);
        DemoStep two = step(DemoPart.LEGAL);
        assertThatThrownBy(() -> DemoWorld.ordered(List.of(one, two))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("LEGAL");
    }

    @Test
    void aSecondLoadAddsNothing() {
        // every step skips itself when its data is there: loading the whole world again changes no count
        String rows = """
                select (select count(*) from app_user) + (select count(*) from case_file)
                     + (select count(*) from case_bi_determination) + (select count(*) from case_return_plan)
                     + (select count(*) from case_closure_request) + (select count(*) from case_tracing_request)
                     + (select count(*) from legal_status) + (select count(*) from action_plan)
                     + (select count(*) from indicator) + (select count(*) from plan_evaluation)""";
        long before = jdbc.sql(rows).query(Long.class).single();
        steps.forEach(DemoStep::load);
        assertThat(jdbc.sql(rows).query(Long.class).single()).isEqualTo(before).isPositive();
    }

    private static DemoStep step(DemoPart part) {
        return new DemoStep() {
            @Override
            public DemoPart part() {
                return part;
            }

            @Override
            public void load() {
            }
        };
    }
}
