package org.sankofa.audit;

/**
 * The result of checking the audit chain from its first entry to its head.
 *
 * @param intact        whether every entry is present and unaltered
 * @param entries       how many entries were checked
 * @param firstBrokenId the first entry whose link is broken, or null when intact
 * @param problem       what is wrong there: {@code ALTERED}, {@code MISSING} or {@code HEAD_MISMATCH}
 */
public record ChainVerification(boolean intact, long entries, Long firstBrokenId, String problem)
        implements java.io.Serializable {
}
