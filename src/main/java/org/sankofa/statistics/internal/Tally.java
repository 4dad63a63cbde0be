package org.sankofa.statistics.internal;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.sankofa.cases.AgeBand;
import org.sankofa.cases.CaseFigures;
import org.sankofa.cases.CountryBasis;
import org.sankofa.cases.Gender;
import org.sankofa.cases.TypeOfExploitation;
import org.sankofa.cases.VictimMeasure;
import org.sankofa.statistics.VictimCounts;

/** Sums groups of persons into a total and its breakdowns by sex, child or adult, age band, form and country. */
final class Tally {

    private long total;
    private long children;
    private long adults;
    private final Map<Gender, Long> bySex = new EnumMap<>(Gender.class);
    private final Map<AgeBand, Long> byBand = new EnumMap<>(AgeBand.class);
    private final Map<TypeOfExploitation, Long> byForm = new EnumMap<>(TypeOfExploitation.class);
    private final Map<String, Long> byCountry = new TreeMap<>();

    void add(CaseFigures.Group group) {
        long persons = group.persons();
        total += persons;
        bySex.merge(gender(group.sex()), persons, Long::sum);
        if (group.age() < 18) {
            children += persons;
        } else {
            adults += persons;
        }
        for (AgeBand band : AgeBand.values()) {
            if (group.age() >= band.min() && group.age() <= band.max()) {
                byBand.merge(band, persons, Long::sum);
            }
        }
        for (String form : group.forms()) {
            byForm.merge(form(form), persons, Long::sum);
        }
        if (group.country() != null) {
            byCountry.merge(group.country(), persons, Long::sum);
        }
    }

    VictimCounts counts(VictimMeasure measure, CountryBasis basis, List<String> countries, LocalDate from,
            LocalDate to) {
        return new VictimCounts(measure, basis, countries, from, to, total, Collections.unmodifiableMap(bySex),
                children, adults, Collections.unmodifiableMap(byBand), Collections.unmodifiableMap(byForm),
                Collections.unmodifiableMap(byCountry));
    }

    private static Gender gender(String value) {
        try {
            return Gender.fromValue(value);
        } catch (IllegalArgumentException unknown) {
            return Gender.NON_SPECIFIED_UNKNOWN;
        }
    }

    private static TypeOfExploitation form(String value) {
        try {
            return TypeOfExploitation.fromValue(value);
        } catch (IllegalArgumentException unknown) {
            return TypeOfExploitation.OTHER;
        }
    }
}
