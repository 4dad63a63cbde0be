package org.sankofa.audit;

/** Verifies the hash chain of the audit log. */
public interface AuditChain {

    ChainVerification verify();
}
