package org.sankofa.matching.internal;

import java.util.Optional;

import org.sankofa.matching.internal.NameComparison.Level;

/**
 * Compares two records field by field into a comparison vector: for each {@link Field}, its level (0 = agreement) or
 * {@link Field#MISSING}. Given and family names written the other way round (Diallo Aminata as given names "Diallo")
 * are compared swapped when that agrees better.
 */
public final class RecordComparison {

    private final NameComparison names;

    public RecordComparison(NameComparison names) {
        this.names = names;
    }

    /** The comparison vector of two records, indexed by {@link Field#ordinal()}. */
    public int[] compare(LinkageRecord a, LinkageRecord b) {
        int[] levels = new int[Field.values().length];
        int given = nameLevel(a.givenNames(), b.givenNames());
        int family = nameLevel(a.familyName(), b.familyName());
        int swappedGiven = nameLevel(a.givenNames(), b.familyName());
        int swappedFamily = nameLevel(a.familyName(), b.givenNames());
        boolean allPresent = given != Field.MISSING && family != Field.MISSING && swappedGiven != Field.MISSING
                && swappedFamily != Field.MISSING;
        if (allPresent && given + family > swappedGiven + swappedFamily + 1) {
            given = swappedGiven;
            family = swappedFamily;
        }
        levels[Field.GIVEN_NAMES.ordinal()] = given;
        levels[Field.FAMILY_NAME.ordinal()] = family;
        levels[Field.BIRTH.ordinal()] = birth(a, b);
        levels[Field.SEX.ordinal()] = same(a.sex(), b.sex());
        levels[Field.CITIZENSHIP.ordinal()] = same(a.citizenship(), b.citizenship());
        levels[Field.PLACE.ordinal()] = threeLevels(names.compare(a.place(), b.place()));
        levels[Field.GUARDIAN.ordinal()] = threeLevels(names.compare(a.guardianName(), b.guardianName()));
        return levels;
    }

    private int nameLevel(String one, String other) {
        return names.compare(one, other).map(Level::ordinal).orElse(Field.MISSING);
    }

    private static int birth(LinkageRecord a, LinkageRecord b) {
        if (a.dateOfBirth() != null && a.dateOfBirth().equals(b.dateOfBirth())) {
            return 0;
        }
        Integer one = a.birthYear();
        Integer other = b.birthYear();
        if (one == null || other == null) {
            return Field.MISSING;
        }
        int apart = Math.abs(one - other);
        return apart <= 1 ? 1 : apart <= 3 ? 2 : 3;
    }

    private static int same(String one, String other) {
        if (one == null || other == null || one.isBlank() || other.isBlank()) {
            return Field.MISSING;
        }
        return one.strip().equalsIgnoreCase(other.strip()) ? 0 : 1;
    }

    private static int threeLevels(Optional<Level> level) {
        return level.map(l -> switch (l) {
            case EXACT, EQUIVALENT -> 0;
            case SIMILAR, PARTLY -> 1;
            case DIFFERENT -> 2;
        }).orElse(Field.MISSING);
    }
}
