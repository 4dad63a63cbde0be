package org.sankofa.statistics.internal;

import java.util.ArrayList;
import java.util.List;

import org.sankofa.cases.AgeBand;
import org.sankofa.cases.CaseTallies;

/**
 * What a dashboard counts: a span of whole years of identification (whole years only, so that two spans cannot be
 * subtracted into a month that is itself suppressed) and the case list's filters. Null filters do not filter.
 */
public record StatisticsFilter(int fromYear, int toYear, String sex, Boolean child, String citizenship,
        String exploitation, AgeBand ageBand) {

    public StatisticsFilter {
        if (toYear < fromYear) {
            throw new IllegalArgumentException("the span of years ends before it starts");
        }
    }

    CaseTallies.Query query(Reach reach) {
        return new CaseTallies.Query(fromYear, toYear, reach.countries(), reach.officeId(), sex, child, citizenship,
                exploitation, ageBand);
    }

    /** Whether the years are all it chooses: no sex, age, citizenship or form of exploitation. */
    public boolean yearsOnly() {
        return relaxations().isEmpty();
    }

    /** The same filter with one filter fewer, for each filter set: what a second request could subtract from this. */
    List<StatisticsFilter> relaxations() {
        List<StatisticsFilter> wider = new ArrayList<>();
        if (sex != null) {
            wider.add(new StatisticsFilter(fromYear, toYear, null, child, citizenship, exploitation, ageBand));
        }
        if (child != null) {
            wider.add(new StatisticsFilter(fromYear, toYear, sex, null, citizenship, exploitation, ageBand));
        }
        if (citizenship != null) {
            wider.add(new StatisticsFilter(fromYear, toYear, sex, child, null, exploitation, ageBand));
        }
        if (exploitation != null) {
            wider.add(new StatisticsFilter(fromYear, toYear, sex, child, citizenship, null, ageBand));
        }
        if (ageBand != null) {
            wider.add(new StatisticsFilter(fromYear, toYear, sex, child, citizenship, exploitation, null));
        }
        return wider;
    }
}
