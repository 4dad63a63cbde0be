package org.sankofa.audit;

/**
 * One thing to record. {@code details} names what changed (field names, never victims' data).
 *
 * @param actor      the username of who did it, or null for the system
 * @param action     what was done, e.g. {@code LOGIN}, {@code LOGIN_FAILED}, {@code ORGANISATION_UPDATED}
 * @param targetType the kind of record acted on, e.g. {@code organisation}
 * @param targetId   its identifier
 * @param details    short, non-identifying details, e.g. {@code fields=name,type}
 * @param clientIp   where the request came from
 */
public record AuditEvent(String actor, String action, String targetType, String targetId, String details,
        String clientIp) {

    public static AuditEvent of(String actor, String action, String targetType, Object targetId, String details) {
        return new AuditEvent(actor, action, targetType, targetId == null ? null : String.valueOf(targetId), details,
                ClientAddress.current());
    }
}
