package org.sankofa.cases.generator;

import org.sankofa.demo.DemoPart;
import org.sankofa.demo.DemoStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo cases: on the first start in demo mode, once the demo world's offices exist (DemoPart order), a few
 * hundred synthetic cases at every stage — consents (guardian and assent for children), needs and risk assessments
 * with reassessments, services with costs, referrals to the partner shelter in every status, notes, closures and a
 * reopening. Skipped when any case exists.
 */
@Component
class DemoCases implements DemoStep {

    private static final Logger log = LoggerFactory.getLogger(DemoCases.class);
    static final long SEED = 2026;

    private final CaseGenerator generator;
    private final JdbcClient jdbc;
    private final int count;

    DemoCases(CaseGenerator generator, JdbcClient jdbc,
            @Value("${sankofa.demo.cases:300}") int count) {
        this.generator = generator;
        this.jdbc = jdbc;
        this.count = count;
    }

    @Override
    public DemoPart part() {
        return DemoPart.CASES;
    }

    @Override
    public void load() {
        boolean anyCase = jdbc.sql("select exists (select 1 from case_file)").query(Boolean.class).single();
        boolean demoWorld = jdbc.sql("select exists (select 1 from office where code = 'SN-DKR')")
                .query(Boolean.class).single();
        if (anyCase || !demoWorld) {
            return;
        }
        CaseGenerator.Result result = generator.generate(count, SEED, CaseGenerator.Detail.CARE, null);
        log.info("Demo cases loaded in {} ms: {} cases ({} rows)", result.elapsed().toMillis(), result.cases(),
                result.rows());
    }
}
