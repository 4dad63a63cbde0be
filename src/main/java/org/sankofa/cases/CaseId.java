package org.sankofa.cases;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The identity of a victim's case (the {@code case_file} row), so that a case id is never mixed up with the id of an
 * office, a person, a referral or a plan. Not the case number people read ({@code SN-DKR-2026-00042}). In JSON (the
 * API, stored event publications) it is the plain number, as before it was typed.
 */
public record CaseId(long value) {

    public CaseId {
        if (value <= 0) {
            throw new IllegalArgumentException("a case id is positive");
        }
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static CaseId of(long value) {
        return new CaseId(value);
    }

    /** From a path or a form ({@code /cases/42}); a value that is not a positive whole number is refused (400). */
    public static CaseId valueOf(String value) {
        return new CaseId(Long.parseLong(value.strip()));
    }

    @JsonValue
    @Override
    public long value() {
        return value;
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
