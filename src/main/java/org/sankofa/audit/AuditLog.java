package org.sankofa.audit;

import java.util.List;

/** Appends to the audit log, inside the caller's transaction: the change and its record commit together. */
public interface AuditLog {

    void record(AuditEvent event);

    /** Appends several entries in order, in one step (e.g. one CASE_VIEWED per case a search result shows). */
    default void recordAll(List<AuditEvent> events) {
        events.forEach(this::record);
    }
}
