package org.sankofa.audit.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.sankofa.audit.AuditChain;
import org.sankofa.audit.AuditEvent;
import org.sankofa.audit.AuditLog;
import org.sankofa.audit.ChainVerification;
import org.sankofa.support.DemoUsers;
import org.sankofa.support.SankofaTest;
import org.sankofa.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/**
 * The chain detects an altered entry, a removed entry and a removed newest entry. Each test tampers through one
 * connection with triggers off ({@code session_replication_role = replica}) and puts back what it changed, so that
 * other tests sharing the database see an intact chain again.
 */
@SankofaTest
class AuditChainTests {

    @Autowired
    AuditChain chain;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    AuditVerificationCommand command;

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditKeys keys;

    @Autowired
    PlatformTransactionManager transactions;

    /** Appends an entry; returns its id. */
    private long append(String what) {
        audit.record(AuditEvent.of("chain-test", "TEST_" + what, "test", what, "fields=none"));
        return jdbc.sql("select max(id) from audit_entry where action = ?").param("TEST_" + what)
                .query(Long.class).single();
    }

    /** How many entries verification checks before this one: the chains before its own, and its own up to it. */
    private long before(long id) {
        return jdbc.sql("""
                select (select count(*) from audit_entry o where o.chain < e.chain) + e.seq - 1
                  from audit_entry e where e.id = ?""").param(id).query(Long.class).single();
    }

    /** The id of the entry at this distance from the given one in its chain. */
    private long neighbour(long id, int distance) {
        return jdbc.sql("""
                select n.id from audit_entry e join audit_entry n on n.chain = e.chain and n.seq = e.seq + ?
                 where e.id = ?""").params(distance, id).query(Long.class).single();
    }

    private int chainOf(long id) {
        return jdbc.sql("select chain from audit_entry where id = ?").param(id).query(Integer.class).single();
    }

    @Test
    void anUntouchedChainIsIntact() {
        append("one");
        ChainVerification result = chain.verify();

        assertThat(result.intact()).isTrue();
        assertThat(result.entries()).isEqualTo(jdbc.sql("select count(*) from audit_entry").query(Long.class).single());
        assertThat(result.firstBrokenId()).isNull();
    }

    @Test
    void theDatabaseRefusesUpdatesAndDeletesOfEntries() {
        long id = append("locked");
        assertThatThrownBy(() -> jdbc.sql("update audit_entry set details = 'x' where id = ?").param(id).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where id = ?").param(id).update())
                .hasMessageContaining("append-only");
    }

    @Test
    void anAlteredEntryIsReportedWithItsId() throws Exception {
        long id = append("alter");
        append("after-alter");
        String original = jdbc.sql("select details from audit_entry where id = ?").param(id).query(String.class).single();
        try (Tampering tampering = new Tampering(dataSource)) {
            tampering.sql.update("update audit_entry set details = 'fields=something-else' where id = ?", id);
            try {
                assertThat(chain.verify()).isEqualTo(ChainVerification.broken(before(id), id, "ALTERED"));
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                assertThat(command.verify(new PrintStream(out, true, StandardCharsets.UTF_8))).isEqualTo(1);
                assertThat(out.toString(StandardCharsets.UTF_8)).contains("BROKEN at entry " + id + ": ALTERED");
                var session = SignIn.session(mvc, "admin", DemoUsers.PASSWORD);
                mvc.perform(post("/admin/audit/verify").cookie(session).with(csrf()));
                mvc.perform(get("/admin/audit").cookie(session))
                        .andExpect(content().string(containsString(
                                "The chain is broken at entry " + id + ": this entry has been altered.")));
            } finally {
                tampering.sql.update("update audit_entry set details = ? where id = ?", original, id);
            }
        }
        assertThat(chain.verify().intact()).isTrue();
    }

    @Test
    void aRemovedEntryInTheMiddleIsReportedAsMissingBeforeTheNextOne() throws Exception {
        long id = append("middle");
        append("after-middle");
        long before = before(id);
        long next = neighbour(id, 1);
        try (Tampering tampering = new Tampering(dataSource)) {
            Map<String, Object> row = tampering.sql.queryForMap("select * from audit_entry where id = ?", id);
            tampering.sql.update("delete from audit_entry where id = ?", id);
            try {
                assertThat(chain.verify()).isEqualTo(ChainVerification.broken(before, next, "MISSING"));
            } finally {
                tampering.restore(row);
            }
        }
        assertThat(chain.verify().intact()).isTrue();
    }

    @Test
    void aRemovedNewestEntryIsDetectedThanksToTheSeparateHead() throws Exception {
        long id = append("newest");
        long previous = neighbour(id, -1);
        try (Tampering tampering = new Tampering(dataSource)) {
            Map<String, Object> row = tampering.sql.queryForMap("select * from audit_entry where id = ?", id);
            tampering.sql.update("delete from audit_entry where id = ?", id);
            try {
                ChainVerification result = chain.verify();
                assertThat(result.intact()).isFalse();
                assertThat(result.firstBrokenId()).isEqualTo(previous);
                assertThat(result.problem()).isEqualTo("MISSING_AFTER");
            } finally {
                tampering.restore(row);
            }
        }
        assertThat(chain.verify().intact()).isTrue();
    }

    @Test
    void aHeadThatDoesNotMatchTheLastEntryIsReported() throws Exception {
        long id = append("head");
        int head = chainOf(id);
        String hash = jdbc.sql("select last_hash from audit_chain_head where id = ?").param(head)
                .query(String.class).single();
        try (Tampering tampering = new Tampering(dataSource)) {
            tampering.sql.update("update audit_chain_head set last_hash = ? where id = ?", "f".repeat(64), head);
            try {
                assertThat(chain.verify()).isEqualTo(ChainVerification.broken(before(id) + 1, id, "HEAD_MISMATCH"));
            } finally {
                tampering.sql.update("update audit_chain_head set last_hash = ? where id = ?", hash, head);
            }
        }
        assertThat(chain.verify().intact()).isTrue();
    }

    @Test
    void aWholeChainRecomputedWithoutTheKeyIsReportedByTheCommandAndThePage() throws Exception {
        append("rewrite");
        Map<Long, String> keyIds = new HashMap<>();
        jdbc.sql("select id, key_id from audit_entry").query(rs -> {
            keyIds.put(rs.getLong("id"), rs.getString("key_id"));
        });
        try (Tampering tampering = new Tampering(dataSource)) {
            try {
                long last = tampering.reseal(id -> null);
                long inFirstChain = jdbc.sql("select count(*) from audit_entry where chain = 1").query(Long.class)
                        .single();

                assertThat(chain.verify()).isEqualTo(ChainVerification.broken(inFirstChain, last, "UNANCHORED"));
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                assertThat(command.verify(new PrintStream(out, true, StandardCharsets.UTF_8))).isEqualTo(1);
                assertThat(out.toString(StandardCharsets.UTF_8))
                        .contains("BROKEN at entry " + last + ": UNANCHORED");
                var session = SignIn.session(mvc, "admin", DemoUsers.PASSWORD);
                mvc.perform(post("/admin/audit/verify").cookie(session).with(csrf()));
                // signing in appended keyed entries after the forged ones: the first of them in chain 1 (or, had they
                // all gone to other chains, the last forged one) is where the page finds the break
                long broken = jdbc.sql("select coalesce(min(id) filter (where key_id is not null), max(id))"
                        + " from audit_entry where chain = 1").query(Long.class).single();
                mvc.perform(get("/admin/audit").cookie(session))
                        .andExpect(content().string(containsString("The chain is broken at entry " + broken
                                + ": the entries up to here carry no audit key")));
            } finally {
                // seal everything again as the application did, the entries the page appended meanwhile included
                tampering.reseal(id -> keyIds.getOrDefault(id, keys.activeKeyId()));
            }
        }
        assertThat(chain.verify().intact()).isTrue();
    }

    /**
     * Appends do not queue on one lock: while a transaction that appended has not committed, another appends and
     * commits, in another chain; both chains verify, and an entry altered in the second chain is found there.
     */
    @Test
    void anAppendDoesNotWaitForAnotherTransactionStillOpenAndEachChainIsVerified() throws Exception {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> first = pool.submit(() -> transaction.executeWithoutResult(status -> {
                audit.record(AuditEvent.of("chain-test", "TEST_held", "test", "held", "fields=none"));
                holding.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
            Future<?> second = pool.submit(() -> transaction.executeWithoutResult(status -> audit.record(
                    AuditEvent.of("chain-test", "TEST_free", "test", "free", "fields=none"))));
            second.get(10, TimeUnit.SECONDS); // with a single head this waited until the first committed
            release.countDown();
            first.get(10, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
        long held = jdbc.sql("select max(id) from audit_entry where action = 'TEST_held'").query(Long.class).single();
        long free = jdbc.sql("select max(id) from audit_entry where action = 'TEST_free'").query(Long.class).single();
        assertThat(chainOf(free)).as("the second append took another chain").isNotEqualTo(chainOf(held));
        assertThat(chain.verify().intact()).isTrue();

        long altered = chainOf(free) > chainOf(held) ? free : held;
        String original = jdbc.sql("select details from audit_entry where id = ?").param(altered)
                .query(String.class).single();
        try (Tampering tampering = new Tampering(dataSource)) {
            tampering.sql.update("update audit_entry set details = 'fields=other' where id = ?", altered);
            try {
                assertThat(chain.verify()).isEqualTo(ChainVerification.broken(before(altered), altered, "ALTERED"));
            } finally {
                tampering.sql.update("update audit_entry set details = ? where id = ?", original, altered);
            }
        }
        assertThat(chain.verify().intact()).isTrue();
    }

    @Test
    void theVerificationCommandPrintsAnIntactChainAndExitsWithZero() {
        append("command");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int code = command.verify(new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Audit chain intact: ");
        assertThat(command.requested()).isFalse();
    }

    /** One connection with triggers off, restored to normal when closed. */
    final class Tampering implements AutoCloseable {

        private final Connection connection;
        final JdbcTemplate sql;

        Tampering(DataSource dataSource) throws Exception {
            connection = dataSource.getConnection();
            try (Statement statement = connection.createStatement()) {
                statement.execute("set session_replication_role = replica");
            }
            sql = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
        }

        void restore(Map<String, Object> row) {
            sql.update("""
                    insert into audit_entry (id, chain, seq, occurred_at, actor, action, target_type, target_id, details,
                                             client_ip, prev_hash, hash, key_id)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    row.get("id"), row.get("chain"), row.get("seq"), row.get("occurred_at"), row.get("actor"), row.get("action"), row.get("target_type"),
                    row.get("target_id"), row.get("details"), row.get("client_ip"), row.get("prev_hash"),
                    row.get("hash"), row.get("key_id"));
        }

        /**
         * Recomputes every seal and every head, chain by chain, each entry under the key named for it by id (none: the
         * plain SHA-256 anyone can compute); returns the id of chain 1's last entry.
         */
        long reseal(Function<Long, String> keyOf) {
            long lastOfFirst = 0;
            for (int chain = 1; chain <= HashChainedAuditLog.CHAINS; chain++) {
                List<Long> ids = new ArrayList<>();
                List<HashChainedAuditLog.Entry> entries = sql.query("""
                        select id, seq, occurred_at, actor, action, target_type, target_id, details, client_ip
                          from audit_entry where chain = ? order by seq""",
                        (rs, n) -> {
                            ids.add(rs.getLong("id"));
                            return new HashChainedAuditLog.Entry(rs.getLong("seq"),
                                    rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                                    rs.getString("action"), rs.getString("target_type"), rs.getString("target_id"),
                                    rs.getString("details"), rs.getString("client_ip"),
                                    keyOf.apply(rs.getLong("id")));
                        }, chain);
                if (entries.isEmpty()) {
                    continue;
                }
                String previous = HashChainedAuditLog.genesis(chain);
                List<Object[]> updates = new ArrayList<>();
                for (int i = 0; i < entries.size(); i++) {
                    HashChainedAuditLog.Entry entry = entries.get(i);
                    String hash = HashChainedAuditLog.seal(keys.mac(entry.keyId()), previous, entry);
                    updates.add(new Object[] {entry.keyId(), previous, hash, ids.get(i)});
                    previous = hash;
                }
                sql.batchUpdate("update audit_entry set key_id = ?, prev_hash = ?, hash = ? where id = ?", updates);
                sql.update("update audit_chain_head set last_seq = ?, last_hash = ? where id = ?",
                        entries.get(entries.size() - 1).seq(), previous, chain);
                if (chain == 1) {
                    lastOfFirst = ids.get(ids.size() - 1);
                }
            }
            return lastOfFirst;
        }

        @Override
        public void close() throws Exception {
            try (Statement statement = connection.createStatement()) {
                statement.execute("set session_replication_role = origin");
            } finally {
                connection.close();
            }
        }
    }
}
