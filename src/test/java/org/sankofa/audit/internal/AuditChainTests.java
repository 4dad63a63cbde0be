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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

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

    private long append(String what) {
        audit.record(AuditEvent.of("chain-test", "TEST_" + what, "test", what, "fields=none"));
        return jdbc.sql("select last_id from audit_chain_head").query(Long.class).single();
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
                assertThat(chain.verify()).isEqualTo(ChainVerification.broken(id - 1, id, "ALTERED"));
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
    void aRemovedEntryInTheMiddleIsReportedAsMissing() throws Exception {
        long id = append("middle");
        append("after-middle");
        try (Tampering tampering = new Tampering(dataSource)) {
            Map<String, Object> row = tampering.sql.queryForMap("select * from audit_entry where id = ?", id);
            tampering.sql.update("delete from audit_entry where id = ?", id);
            try {
                assertThat(chain.verify()).isEqualTo(ChainVerification.broken(id - 1, id, "MISSING"));
            } finally {
                tampering.restore(row);
            }
        }
        assertThat(chain.verify().intact()).isTrue();
    }

    @Test
    void aRemovedNewestEntryIsDetectedThanksToTheSeparateHead() throws Exception {
        long id = append("newest");
        try (Tampering tampering = new Tampering(dataSource)) {
            Map<String, Object> row = tampering.sql.queryForMap("select * from audit_entry where id = ?", id);
            tampering.sql.update("delete from audit_entry where id = ?", id);
            try {
                ChainVerification result = chain.verify();
                assertThat(result.intact()).isFalse();
                assertThat(result.firstBrokenId()).isEqualTo(id);
                assertThat(result.problem()).isEqualTo("MISSING");
            } finally {
                tampering.restore(row);
            }
        }
        assertThat(chain.verify().intact()).isTrue();
    }

    @Test
    void aHeadThatDoesNotMatchTheLastEntryIsReported() throws Exception {
        long id = append("head");
        String hash = jdbc.sql("select last_hash from audit_chain_head").query(String.class).single();
        try (Tampering tampering = new Tampering(dataSource)) {
            tampering.sql.update("update audit_chain_head set last_hash = ?", "f".repeat(64));
            try {
                assertThat(chain.verify()).isEqualTo(ChainVerification.broken(id, id, "HEAD_MISMATCH"));
            } finally {
                tampering.sql.update("update audit_chain_head set last_hash = ?", hash);
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

                assertThat(chain.verify()).isEqualTo(ChainVerification.broken(last, last, "UNANCHORED"));
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                assertThat(command.verify(new PrintStream(out, true, StandardCharsets.UTF_8))).isEqualTo(1);
                assertThat(out.toString(StandardCharsets.UTF_8))
                        .contains("BROKEN at entry " + last + ": UNANCHORED");
                var session = SignIn.session(mvc, "admin", DemoUsers.PASSWORD);
                mvc.perform(post("/admin/audit/verify").cookie(session).with(csrf()));
                // signing in appended a keyed entry after the forged ones: that is where the page finds the break
                mvc.perform(get("/admin/audit").cookie(session))
                        .andExpect(content().string(containsString("The chain is broken at entry " + (last + 1)
                                + ": the entries up to here carry no audit key")));
            } finally {
                // seal everything again as the application did, the entries the page appended meanwhile included
                tampering.reseal(id -> keyIds.getOrDefault(id, keys.activeKeyId()));
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
                    insert into audit_entry (id, occurred_at, actor, action, target_type, target_id, details, client_ip,
                                             prev_hash, hash, key_id)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    row.get("id"), row.get("occurred_at"), row.get("actor"), row.get("action"), row.get("target_type"),
                    row.get("target_id"), row.get("details"), row.get("client_ip"), row.get("prev_hash"),
                    row.get("hash"), row.get("key_id"));
        }

        /**
         * Recomputes every seal and the head, each entry under the key named for it (none: the plain SHA-256 anyone
         * can compute); returns the last id.
         */
        long reseal(Function<Long, String> keyOf) {
            List<HashChainedAuditLog.Entry> entries = sql.query("""
                    select id, occurred_at, actor, action, target_type, target_id, details, client_ip
                      from audit_entry order by id""",
                    (rs, n) -> new HashChainedAuditLog.Entry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                            rs.getString("actor"), rs.getString("action"), rs.getString("target_type"),
                            rs.getString("target_id"), rs.getString("details"), rs.getString("client_ip"),
                            keyOf.apply(rs.getLong("id"))));
            String previous = HashChainedAuditLog.GENESIS;
            List<Object[]> updates = new ArrayList<>();
            for (HashChainedAuditLog.Entry entry : entries) {
                String hash = HashChainedAuditLog.seal(keys.mac(entry.keyId()), previous, entry);
                updates.add(new Object[] {entry.keyId(), previous, hash, entry.id()});
                previous = hash;
            }
            sql.batchUpdate("update audit_entry set key_id = ?, prev_hash = ?, hash = ? where id = ?", updates);
            long last = entries.get(entries.size() - 1).id();
            sql.update("update audit_chain_head set last_id = ?, last_hash = ?", last, previous);
            return last;
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
