package org.sankofa.audit;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.sankofa.database.SqlStatements;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit log on its own: entries are chained and verified, appended in one step however many, and read back as the
 * trail of one record. The database module (the embedded PostgreSQL, and the statement counter of the tests) comes
 * along: audit does not depend on it, but its SQL needs a database.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "database")
@ActiveProfiles("test")
class AuditModuleTests {

    @Autowired
    AuditLog log;
    @Autowired
    AuditChain chain;
    @Autowired
    AuditTrail trail;

    private static String someId() {
        return UUID.randomUUID().toString();
    }

    private static AuditEvent event(String action, String id) {
        return AuditEvent.of("clerk", action, "thing", id, "fields=name");
    }

    @Test
    void whatIsRecordedStaysChainedAndTheChainVerifies() {
        long before = chain.verify().entries();

        log.record(event("THING_CREATED", someId()));
        log.recordAll(List.of(event("THING_UPDATED", someId()), event("THING_UPDATED", someId())));

        ChainVerification verification = chain.verify();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.entries()).isEqualTo(before + 3);
        assertThat(verification.firstBrokenId()).isNull();
    }

    @Test
    void manyEntriesAreAppendedWithAsManyStatementsAsOneAndTheKeyAddsNone() throws Exception {
        int one = SqlStatements.count(() -> log.recordAll(List.of(event("THING_VIEWED", someId()))));
        int fifty = SqlStatements.count(() -> log.recordAll(IntStream.range(0, 50)
                .mapToObj(i -> event("THING_VIEWED", someId())).toList()));

        assertThat(fifty).isEqualTo(one);
        assertThat(one).as("lock and read the head, then write the entries and the new head").isEqualTo(2);
        assertThat(SqlStatements.count(() -> log.recordAll(List.of()))).isZero();
    }

    @Test
    void theTrailOfARecordIsItsOwnEntriesOldestFirstUpToTheMomentAsked() throws Exception {
        String id = someId();
        log.record(event("THING_CREATED", id));
        log.record(event("THING_VIEWED", id));
        log.record(event("THING_UPDATED", someId()));
        Thread.sleep(5);
        log.record(event("THING_UPDATED", id));

        List<AuditTrail.Step> all = trail.of("thing", id, Set.of(), Instant.now());
        assertThat(all).extracting(AuditTrail.Step::action)
                .containsExactly("THING_CREATED", "THING_VIEWED", "THING_UPDATED");
        assertThat(all).extracting(AuditTrail.Step::occurredAt).isSorted();
        assertThat(all).allSatisfy(step -> {
            assertThat(step.actor()).isEqualTo("clerk");
            assertThat(step.details()).isEqualTo("fields=name");
        });

        assertThat(trail.of("thing", id, Set.of("THING_VIEWED"), Instant.now())).extracting(AuditTrail.Step::action)
                .containsExactly("THING_CREATED", "THING_UPDATED");
        Instant viewed = all.get(1).occurredAt();
        assertThat(trail.of("thing", id, Set.of(), viewed)).as("until is inclusive")
                .extracting(AuditTrail.Step::action).containsExactly("THING_CREATED", "THING_VIEWED");
        assertThat(trail.of("thing", id, Set.of(), all.get(0).occurredAt().minusMillis(1))).isEmpty();
        assertThat(trail.of("other", id, Set.of(), Instant.now())).isEmpty();
        assertThat(trail.of("thing", someId(), Set.of(), Instant.now())).isEmpty();
    }

    @Test
    void longValuesAreCutToWhatAnEntryHolds() {
        String id = someId();
        log.record(AuditEvent.of("clerk", "THING_UPDATED", "thing", id, "fields=" + "x".repeat(600)));

        assertThat(trail.of("thing", id, Set.of(), Instant.now())).singleElement()
                .satisfies(step -> assertThat(step.details()).hasSize(500).startsWith("fields=xxx"));
    }
}
