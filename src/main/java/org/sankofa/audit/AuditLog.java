package org.sankofa.audit;

/** Appends to the audit log, inside the caller's transaction: the change and its record commit together. */
public interface AuditLog {

    void record(AuditEvent event);
}
