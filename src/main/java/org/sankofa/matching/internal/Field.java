package org.sankofa.matching.internal;

import java.util.List;

/**
 * The fields linkage compares, each with its comparison levels, best first. A field missing on either side is
 * compared as {@link #MISSING} and adds no weight.
 */
public enum Field {

    GIVEN_NAMES(List.of("exact", "equivalent", "similar", "partly", "different")),
    FAMILY_NAME(List.of("exact", "equivalent", "similar", "partly", "different")),
    /** Date of birth or year estimated from the age: same date, within 1 year, within 3 years, further apart. */
    BIRTH(List.of("same-date", "within-1-year", "within-3-years", "different")),
    SEX(List.of("same", "different")),
    CITIZENSHIP(List.of("same", "different")),
    PLACE(List.of("same", "similar", "different")),
    GUARDIAN(List.of("same", "similar", "different"));

    /** The level of a field that either record does not have. */
    public static final int MISSING = -1;

    private final List<String> levels;

    Field(List<String> levels) {
        this.levels = levels;
    }

    /** The names of the levels, best first (level 0 is full agreement). */
    public List<String> levels() {
        return levels;
    }

    public int levelCount() {
        return levels.size();
    }
}
