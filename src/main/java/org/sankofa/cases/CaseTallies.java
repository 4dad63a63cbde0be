package org.sankofa.cases;

import java.util.List;
import java.util.Set;

/**
 * Counts of persons identified in a span of years, with how many of them were assisted, returned and reintegrated,
 * for the statistics module: read from the tallies that the database keeps in the transaction of every change of a
 * case (V49, docs/decisions/0021-statistics-tallies.md), so they are live and cost the same at a million cases. Never a
 * case, never an identity: sums over persons only.
 */
public interface CaseTallies {

    /** What the counts are broken down by: one {@link Sum} per value met of each. */
    enum Dimension {
        /** Everyone counted: one sum, with the key {@code total}. */
        TOTAL,
        /** The year of identification ({@code 2025}). */
        YEAR,
        /** The month of identification ({@code 2025-03}). */
        MONTH,
        /** The HTCDS gender value. */
        SEX,
        /** The age at identification in years ({@code 14}); any banding is a sum of ages. */
        AGE,
        /** The sex and the age, for a population pyramid ({@code Feminine|14}). */
        SEX_AGE,
        /** The forms of exploitation recorded, sorted and joined by commas ({@code ForcedLabour,Servitude}); empty
         * when none was recorded. A person counts once, under the whole combination. */
        FORMS,
        /** The citizenship (ISO alpha-2), empty when unknown. */
        CITIZENSHIP,
        /** The country of identification (ISO alpha-2). */
        COUNTRY,
        /** The HTCDS referral source. */
        REFERRAL_SOURCE,
        /** The office that holds the case (its id). */
        OFFICE,
        /** The countries the person was moved through, in the order of the case's route legs, joined by {@code >}
         * ({@code GN>ML>SN}; a country on consecutive legs once, so {@code ML} alone is a route within Mali). Only
         * persons whose case records a route are in these sums. */
        ROUTE
    }

    /**
     * Who and what is counted. Null fields do not filter.
     *
     * @param fromYear     first year of identification counted
     * @param toYear       last year of identification counted (not before {@code fromYear})
     * @param countries    countries of identification counted (ISO alpha-2); null for every country
     * @param officeId     only the cases of this office
     * @param sex          HTCDS gender value
     * @param child        true: under 18 at identification; false: 18 or more
     * @param citizenship  ISO alpha-2
     * @param exploitation HTCDS form of exploitation that must be among the case's
     * @param ageBand      age at identification within the band
     */
    record Query(int fromYear, int toYear, Set<String> countries, Long officeId, String sex, Boolean child,
            String citizenship, String exploitation, AgeBand ageBand) {

        public Query {
            if (toYear < fromYear) {
                throw new IllegalArgumentException("the span of years ends before it starts");
            }
            countries = countries == null ? null : Set.copyOf(countries);
        }
    }

    /**
     * Persons who share a value of a dimension.
     *
     * @param dimension    what {@code key} is a value of
     * @param key          the value ({@link Dimension} says how it is written)
     * @param persons      persons identified
     * @param assisted     of them, with at least one service delivered
     * @param returned     of them, whose return arrived
     * @param reintegrated of them, whose case was closed "reintegration completed"
     */
    record Sum(Dimension dimension, String key, long persons, long assisted, long returned, long reintegrated) {
    }

    /** The sums of every dimension for the persons the query counts (none given: none counted), routes included. */
    List<Sum> sums(Query query);

    /** The milestones of a person's journey (V52), each timed in days from the identification. */
    enum Milestone {
        /** The first best-interests determination approved (its decision's UTC date). */
        DETERMINED,
        /** The return arrived. */
        RETURNED,
        /** The reintegration plan begun: its first component recorded (UTC date). */
        PLANNED
    }

    /** The bands of days after identification in which a milestone is reached, each up to its last day. */
    enum DaysBand {
        WEEK(7), MONTH(30), QUARTER(90), YEAR(365), LATER(Integer.MAX_VALUE);

        private final int lastDay;

        DaysBand(int lastDay) {
            this.lastDay = lastDay;
        }

        /** The last number of days in the band ({@link Integer#MAX_VALUE} for the last band). */
        public int lastDay() {
            return lastDay;
        }
    }

    /**
     * How long the persons counted took to reach a milestone.
     *
     * @param milestone what was reached
     * @param persons   the persons who reached it, by band of days after identification, in {@link DaysBand} order
     */
    record Journey(Milestone milestone, List<Long> persons) {

        public Journey {
            persons = List.copyOf(persons);
            if (persons.size() != DaysBand.values().length) {
                throw new IllegalArgumentException("one count per band of days");
            }
        }

        /** Everyone who reached the milestone. */
        public long reached() {
            return persons.stream().mapToLong(Long::longValue).sum();
        }
    }

    /** The journeys of the persons the query counts: one per milestone, in {@link Milestone} order. */
    List<Journey> journeys(Query query);
}
