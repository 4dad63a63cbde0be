package org.sankofa.audit;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Reads back what the audit log recorded about one record, for pages that show its history (the timeline of a case):
 * other modules use this, never the {@code audit_entry} table.
 */
public interface AuditTrail {

    /**
     * One recorded step: when, what, by whom (a username, or null for the system), and its non-identifying details.
     */
    record Step(Instant occurredAt, String action, String actor, String details) {
    }

    /**
     * The entries about a record, oldest first, up to {@code until} (inclusive), leaving out the actions named.
     *
     * @param targetType the kind of record, e.g. {@code case}
     * @param targetId   its identifier
     * @param leaveOut   actions that are not steps (e.g. views)
     * @param until      the last moment to read
     */
    List<Step> of(String targetType, String targetId, Collection<String> leaveOut, Instant until);
}
