package org.sankofa.cases;

/**
 * The identity of a victim's case (the {@code case_file} row), so that a case id is never mixed up with the id of an
 * office, a person, a referral or a plan. Not the case number people read ({@code SN-DKR-2026-00042}).
 */
public record CaseId(long value) {

    public CaseId {
        if (value <= 0) {
            throw new IllegalArgumentException("a case id is positive");
        }
    }

    public static CaseId of(long value) {
        return new CaseId(value);
    }

    /** From a path or a form ({@code /cases/42}); a value that is not a positive whole number is refused (400). */
    public static CaseId valueOf(String value) {
        return new CaseId(Long.parseLong(value.strip()));
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
