package org.sankofa.audit;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@SankofaTest
class AuditBatchTests {

    @Autowired
    AuditLog audit;
    @Autowired
    AuditChain chain;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void entriesAppendedTogetherKeepTheirOrderAndTheChainStaysIntact() {
        String marker = "batch-" + System.nanoTime();
        transactions.executeWithoutResult(status -> audit.recordAll(List.of(
                new AuditEvent("tester", "CASE_VIEWED", "case", "1", marker, null),
                new AuditEvent("tester", "CASE_VIEWED", "case", "2", marker, null),
                new AuditEvent("tester", "CASE_VIEWED", "case", "3", marker, null))));

        List<Long> ids = jdbc.sql("select id from audit_entry where details = ? order by id").param(marker)
                .query(Long.class).list();
        assertThat(ids).hasSize(3);
        assertThat(ids.get(2) - ids.get(0)).isEqualTo(2);
        assertThat(jdbc.sql("select target_id from audit_entry where details = ? order by id").param(marker)
                .query(String.class).list()).containsExactly("1", "2", "3");
        assertThat(chain.verify().intact()).isTrue();
    }

    @Test
    void concurrentAppendsWaitForEachOtherAndLeaveOneUnbrokenChain() throws Exception {
        String marker = "concurrent-" + System.nanoTime();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
            for (int writer = 0; writer < 4; writer++) {
                String target = "w" + writer;
                done.add(pool.submit(() -> {
                    for (int batch = 0; batch < 10; batch++) {
                        transactions.executeWithoutResult(status -> audit.recordAll(List.of(
                                new AuditEvent("tester", "CASE_VIEWED", "case", target, marker, null),
                                new AuditEvent("tester", "CASE_VIEWED", "case", target, marker, "10.0.0.1"))));
                    }
                }));
            }
            for (var future : done) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.sql("select count(*) from audit_entry where details = ?").param(marker).query(Long.class)
                .single()).isEqualTo(80);
        assertThat(chain.verify().intact()).isTrue();
    }
}
