package org.sankofa.audit;

/**
 * The result of checking the audit chain from its first entry to its head.
 *
 * @param intact        whether every entry is present and unaltered
 * @param entries       how many entries were checked
 * @param firstBrokenId the first entry whose link is broken, or null when intact
 * @param problem       what is wrong there: {@code ALTERED}, {@code MISSING}, {@code HEAD_MISMATCH}, {@code UNKEYED},
 *                      {@code UNANCHORED}, {@code UNKNOWN_KEY}, {@code CHECKPOINT_MISMATCH} or
 *                      {@code CHECKPOINT_INVALID} (docs/security.md §8)
 * @param checkpoints   how many checkpoints exported outside the database the chain was compared with and matched
 */
public record ChainVerification(boolean intact, long entries, Long firstBrokenId, String problem, long checkpoints)
        implements java.io.Serializable {

    public static ChainVerification intact(long entries, long checkpoints) {
        return new ChainVerification(true, entries, null, null, checkpoints);
    }

    public static ChainVerification broken(long entriesBefore, long entryId, String problem) {
        return new ChainVerification(false, entriesBefore, entryId, problem, 0);
    }
}
