package org.sankofa.plans;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a module counts for the plans' computed indicators: the one way figures feed indicators
 * (docs/decisions/0009-computed-indicators.md). Plans owns the concept and this interface; each module that counts
 * something implements it — the victims of the case records through the statistics module ({@code cases.*}, answered
 * inside plans by {@code CaseFeed}), the events module's trainings and awareness activities ({@code events.*}) — so
 * that plans never depends on a module that depends on it. An indicator names a computation by its key
 * ({@code indicator.computed_key}); plans asks the feed that offers the key for the count of the plan's countries and
 * period each time a value is shown: nothing is stored.
 */
public interface IndicatorFeed {

    /** A computation a COMPUTED indicator can name, and the breakdowns it can give. */
    record Computation(String key, Set<Disaggregation> breakdowns) {

        public Computation {
            breakdowns = Set.copyOf(breakdowns);
        }

        /** The message key of its description, e.g. {@code plan.computed.events.people-trained}. */
        public String messageKey() {
            return "plan.computed." + key;
        }

        /** What the values are counted from: {@code cases} or {@code events}, the first word of the key. */
        public String source() {
            int dot = key.indexOf('.');
            return (dot < 0 ? key : key.substring(0, dot)).toLowerCase(Locale.ROOT);
        }
    }

    /** A part of a count: {@code n} of the total fall in {@code category} of {@code dimension}. */
    record Part(Disaggregation dimension, String category, long n) {
    }

    /**
     * A count: the total, and its parts by each breakdown the computation gives (in the order they are shown; a
     * dimension may hold two breakdowns, such as the age groups 0-17 / 18+ and the age bands).
     */
    record Count(long total, List<Part> parts) {

        public Count {
            parts = List.copyOf(parts);
        }
    }

    /** The computations this feed offers, in the order a form lists them. */
    List<Computation> computations();

    /**
     * Counts {@code key} between {@code from} and {@code to} (both days included) in {@code countries} (ISO alpha-2;
     * none given counts nothing).
     *
     * @throws IllegalArgumentException for a key this feed does not offer, or {@code to} before {@code from}
     */
    Count count(String key, Collection<String> countries, LocalDate from, LocalDate to);
}
