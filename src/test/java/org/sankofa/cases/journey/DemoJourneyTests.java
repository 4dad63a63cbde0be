package org.sankofa.cases.journey;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo shows the journey home at every stage, for children and adults from every ECOWAS country: decisions,
 * tracing, transfers, returns, follow-ups (overdue ones alerted) and closures. Only the demo's own cases are
 * counted (the first 300), since other tests add cases to the shared database.
 */
@SankofaTest
class DemoJourneyTests {

    private static final String DEMO = "(select id from case_file order by id limit 300)";
    private static final List<String> ECOWAS_2024 = List.of("BJ", "BF", "CV", "CI", "GM", "GH", "GN", "GW", "LR",
            "ML", "NE", "NG", "SN", "SL", "TG");

    @Autowired
    JdbcClient jdbc;

    @Test
    void demoCasesComeFromEveryEcowasCountry() {
        List<String> origins = jdbc.sql("select distinct citizenship from case_file where id in " + DEMO)
                .query(String.class).list();
        assertThat(origins).containsAll(ECOWAS_2024);
    }

    @Test
    void bestInterestsDeterminationsAreAtEveryStageInSeveralOffices() {
        assertThat(values("select distinct d.status from case_bi_determination d where d.case_id in " + DEMO))
                .contains("REQUESTED", "APPROVED", "REJECTED");
        assertThat(values("select distinct d.decision from case_bi_determination d where d.case_id in " + DEMO))
                .contains("RETURN_TO_FAMILY", "ALTERNATIVE_CARE_IN_ORIGIN");
        assertThat(count("select count(distinct c.office_id) from case_bi_determination d join case_file c"
                + " on c.id = d.case_id where d.case_id in " + DEMO)).isGreaterThanOrEqualTo(4);
        assertThat(count("select count(*) from case_bi_determination d join case_file c on c.id = d.case_id"
                + " where not c.is_child and c.id in " + DEMO)).as("only children have a best-interests determination")
                .isZero();
    }

    @Test
    void returnsAreAtEveryStageForPeopleOfManyCountriesAndChildrenOnlyWithAnApprovedReturn() {
        assertThat(values("select distinct status from case_return_plan where case_id in " + DEMO))
                .contains("PLANNED", "DEPARTED", "ARRIVED");
        assertThat(count("select count(distinct destination_country) from case_return_plan where case_id in " + DEMO))
                .isGreaterThanOrEqualTo(8);
        assertThat(count("""
                select count(*) from case_return_plan p join case_file c on c.id = p.case_id
                 where c.is_child and c.id in """ + DEMO + """
                   and not exists (select 1 from case_bi_determination d where d.case_id = c.id
                                     and d.status = 'APPROVED' and d.decision = 'RETURN_TO_FAMILY')"""))
                .isZero();
        assertThat(count("select count(*) from case_return_plan p join case_file c on c.id = p.case_id"
                + " where c.is_child and p.case_id in " + DEMO)).isPositive();
        assertThat(count("select count(*) from follow_up_alert where case_id in " + DEMO))
                .as("overdue follow-up visits are alerted").isPositive();
    }

    @Test
    void tracingTransfersAndClosuresAreAtEveryStage() {
        assertThat(values("select distinct status from case_tracing_request where case_id in " + DEMO))
                .contains("OPEN", "FAMILY_FOUND", "NOT_FOUND", "UNSAFE_TO_RETURN");
        assertThat(values("select distinct status from case_transfer where case_id in " + DEMO))
                .contains("REQUESTED", "ACCEPTED", "REJECTED");
        assertThat(values("select distinct status from case_closure_request where case_id in " + DEMO))
                .contains("REQUESTED", "APPROVED", "REJECTED");
        assertThat(count("""
                select count(*) from case_closure_request r join case_file c on c.id = r.case_id
                 where r.status = 'APPROVED' and c.status = 'Closed'""")).isPositive();
    }

    private List<String> values(String sql) {
        return jdbc.sql(sql).query(String.class).list();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
