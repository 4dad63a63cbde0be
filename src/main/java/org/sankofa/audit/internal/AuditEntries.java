package org.sankofa.audit.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.sankofa.audit.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reading the audit log: pages by id (keyset), newest first for people, oldest first for programs, and the trail of
 * one record for other modules ({@link AuditTrail}).
 */
@Repository
public class AuditEntries implements AuditTrail {

    /** Every action with a label, in the order of their codes. */
    private static final List<String> ACTIONS = ResourceBundle.getBundle("i18n/audit", Locale.ROOT).keySet().stream()
            .filter(key -> key.startsWith("audit.action.")).map(key -> key.substring("audit.action.".length()))
            .sorted().toList();

    private final JdbcClient jdbc;

    AuditEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One entry as read back; the hashes are left out. */
    public record AuditRecord(long id, Instant occurredAt, String actor, String action, String targetType,
            String targetId, String details, String clientIp) {

        private static final java.time.format.DateTimeFormatter UTC =
                java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(java.time.ZoneOffset.UTC);

        /** When, in UTC, to the second. */
        public String occurredAtUtc() {
            return UTC.format(occurredAt);
        }
    }

    /** Entries older than {@code before} (all when null), newest first, optionally of one action and one actor. */
    public List<AuditRecord> newestFirst(Long before, String action, String actor, int limit) {
        return jdbc.sql("""
                select id, occurred_at, actor, action, target_type, target_id, details, client_ip
                  from audit_entry
                 where (cast(:before as bigint) is null or id < :before)
                   and (cast(:action as varchar) is null or action = :action)
                   and (cast(:actor as varchar) is null or actor = :actor)
                 order by id desc
                 limit :limit""")
                .param("before", before)
                .param("action", action)
                .param("actor", actor)
                .param("limit", limit)
                .query((rs, n) -> new AuditRecord(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"), rs.getString("action"), rs.getString("target_type"),
                        rs.getString("target_id"), rs.getString("details"), rs.getString("client_ip")))
                .list();
    }

    /** Entries after {@code after}, oldest first: what a program reads to follow the log. */
    public List<AuditRecord> after(long after, int limit) {
        return jdbc.sql("""
                select id, occurred_at, actor, action, target_type, target_id, details, client_ip
                  from audit_entry where id > ? order by id limit ?""")
                .params(after, limit)
                .query((rs, n) -> new AuditRecord(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"), rs.getString("action"), rs.getString("target_type"),
                        rs.getString("target_id"), rs.getString("details"), rs.getString("client_ip")))
                .list();
    }

    @Override
    public List<Step> of(String targetType, String targetId, Collection<String> leaveOut, Instant until) {
        return jdbc.sql("""
                select occurred_at, action, actor, details from audit_entry
                 where target_type = ? and target_id = ? and action <> all(?) and occurred_at <= ?
                 order by occurred_at, id""")
                .params(targetType, targetId, leaveOut.toArray(String[]::new), until.atOffset(ZoneOffset.UTC))
                .query((rs, n) -> new Step(rs.getTimestamp("occurred_at").toInstant(), rs.getString("action"),
                        rs.getString("actor"), rs.getString("details")))
                .list();
    }

    /**
     * Every action the application records, for the filter: those with a label ({@code audit.action.*} in
     * {@code i18n/audit.properties}; a test checks that every action the source records has one). Read once from the
     * bundle instead of {@code select distinct action} over the whole log on every view of the page.
     */
    public List<String> actions() {
        return ACTIONS;
    }
}
