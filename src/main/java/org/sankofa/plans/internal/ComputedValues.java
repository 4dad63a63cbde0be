package org.sankofa.plans.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.sankofa.directory.Communities;
import org.sankofa.directory.Membership;
import org.sankofa.plans.Disaggregation;
import org.sankofa.plans.IndicatorFeed;
import org.sankofa.plans.IndicatorSource;
import org.sankofa.plans.IsoPeriod;
import org.springframework.stereotype.Service;

/**
 * The values of COMPUTED indicators, counted live by the {@link IndicatorFeed} that offers the indicator's
 * computation (the case records through the statistics module, the events) each time they are shown: nothing is
 * stored. The countries are the plan's
 * parties: its countries, and the members of its communities on the last day of the period (the directory's dated
 * memberships: ECOWAS without Burkina Faso, Mali and Niger from 2025-01-29).
 *
 * <p>A computed value is an {@link IndicatorValue} with {@code computed} set, id 0 and version 0; its evidence lists
 * the countries whose records were counted. Its parts are those of the breakdowns the indicator lists, as the feed
 * gives them (see {@link CaseFeed} and the events module's feed).
 */
@Service
public class ComputedValues {

    private static final int MAX_PERIODS = 12;

    private final Computations computations;
    private final Communities communities;
    private final Indicators indicators;

    ComputedValues(Computations computations, Communities communities, Indicators indicators) {
        this.computations = computations;
        this.communities = communities;
        this.indicators = indicators;
    }

    /** The countries a plan covers in a period: its countries and its communities' members on the period's end. */
    public List<String> countries(Plan plan, IsoPeriod period) {
        return counts().countries(plan.countries(), plan.communities(), period);
    }

    /** The value of a computed indicator for a period. */
    public IndicatorValue value(Indicator indicator, Plan plan, IsoPeriod period) {
        return counts().value(indicator, plan.countries(), plan.communities(), period,
                indicators.locked(plan.planId(), period));
    }

    /**
     * A counter for many computed values at once (a scorecard, a comparison of plans, the periods of an indicator):
     * each distinct count (computation, countries, period) runs once, and each community's members on a
     * day are read once.
     */
    public Counts counts() {
        return new Counts();
    }

    /** Counts computed values, each distinct count once (see {@link #counts()}). */
    public final class Counts {

        private final Map<List<Object>, IndicatorFeed.Count> counted = new HashMap<>();
        private final Map<List<Object>, List<Membership>> members = new HashMap<>();

        private Counts() {
        }

        /** The countries of the parties in a period: the countries, and the communities' members on its end. */
        public List<String> countries(Collection<String> countries, Collection<String> communities,
                IsoPeriod period) {
            TreeSet<String> covered = new TreeSet<>(countries);
            for (String community : communities) {
                for (Membership m : members.computeIfAbsent(List.of(community, period.end()),
                        k -> membersOn(community, period.end()))) {
                    covered.add(m.countryCode());
                }
            }
            return List.copyOf(covered);
        }

        /** The value of a computed indicator of a plan with these parties, for a period. */
        public IndicatorValue value(Indicator indicator, Collection<String> countries,
                Collection<String> communities, IsoPeriod period, boolean locked) {
            String key = key(indicator);
            List<String> covered = countries(countries, communities, period);
            IndicatorFeed.Count counts = counted.computeIfAbsent(List.of(key, covered, period),
                    k -> computations.feed(key).count(key, covered, period.start(), period.end()));
            return ComputedValues.value(indicator, period, covered, counts, locked);
        }
    }

    private List<Membership> membersOn(String community, LocalDate day) {
        return communities.members(community, day);
    }

    private static IndicatorValue value(Indicator indicator, IsoPeriod period, List<String> countries,
            IndicatorFeed.Count counts, boolean locked) {
        List<ValuePart> parts = new ArrayList<>();
        for (Disaggregation d : indicator.disaggregations()) {
            for (IndicatorFeed.Part p : counts.parts()) {
                if (p.dimension() == d) {
                    parts.add(new ValuePart(d, p.category(), BigDecimal.valueOf(p.n())));
                }
            }
        }
        return new IndicatorValue(0, indicator.id(), period.toString(), BigDecimal.valueOf(counts.total()), null,
                null, null, String.join(", ", countries), null, false, "computed", Instant.now(), 0, locked, parts,
                true);
    }

    /**
     * The values shown for a computed indicator: each calendar year of the plan's period up to today (the last three
     * years when the plan has no period), each period with a target that has begun, and {@code asked} when given;
     * newest first, at most twelve.
     */
    public List<IndicatorValue> values(Indicator indicator, Plan plan, IsoPeriod asked) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        TreeSet<IsoPeriod> periods = new TreeSet<>();
        int first = plan.periodStart() != null ? plan.periodStart().getYear() : today.getYear() - 2;
        int last = plan.periodEnd() != null && plan.periodEnd().isBefore(today) ? plan.periodEnd().getYear()
                : today.getYear();
        for (int year = Math.max(first, last - MAX_PERIODS + 1); year <= last; year++) {
            periods.add(IsoPeriod.year(year));
        }
        for (Target t : indicator.targets()) {
            IsoPeriod.parse(t.period()).filter(p -> !p.start().isAfter(today)).ifPresent(periods::add);
        }
        if (asked != null) {
            periods.add(asked);
        }
        Counts counts = counts();
        List<IndicatorValue> values = new ArrayList<>();
        for (IsoPeriod p : periods.descendingSet()) {
            if (values.size() == MAX_PERIODS && !p.equals(asked)) {
                continue;
            }
            values.add(counts.value(indicator, plan.countries(), plan.communities(), p,
                    indicators.locked(plan.planId(), p)));
        }
        values.sort((a, b) -> IsoPeriod.parse(a.period()).orElseThrow()
                .compareTo(IsoPeriod.parse(b.period()).orElseThrow()));
        return values;
    }

    /**
     * The period the scorecard shows: the last complete calendar year of the plan's period, or the current year to
     * date when none is complete yet (and the last year of a plan that has ended).
     */
    public IsoPeriod scorecardPeriod(Plan plan) {
        return scorecardPeriod(plan.periodStart(), plan.periodEnd());
    }

    /** The period the scorecard shows for a plan running from {@code start} to {@code end} (either may be null). */
    public IsoPeriod scorecardPeriod(LocalDate start, LocalDate end) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate last = end != null && end.isBefore(today) ? end : today;
        IsoPeriod year = IsoPeriod.year(last.getYear());
        if (year.end().isAfter(last) && last.getYear() > 1900) {
            IsoPeriod previous = IsoPeriod.year(last.getYear() - 1);
            if (start == null || !previous.end().isBefore(start)) {
                return previous;
            }
        }
        return year;
    }

    static String key(Indicator indicator) {
        if (indicator.source() != IndicatorSource.COMPUTED) {
            throw new IllegalArgumentException("not a computed indicator");
        }
        return indicator.computedKey();
    }
}
