package org.sankofa.plans.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.sankofa.cases.AgeBand;
import org.sankofa.plans.Disaggregation;
import org.sankofa.plans.IndicatorFeed;
import org.sankofa.statistics.VictimCounts;
import org.sankofa.statistics.VictimStatistics;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The victims of the case records as computed indicators count them ({@link ComputedMeasure}, keys {@code cases.*}),
 * through the statistics module's {@link VictimStatistics}: plans depends on statistics, so this feed lives in plans.
 * Parts: SEX (HTCDS gender values), AGE_GROUP (two breakdowns, each summing to the total: {@code 0-17} /
 * {@code 18+}, then the {@link AgeBand} bands), COUNTRY (ISO alpha-2), FORM_OF_EXPLOITATION (HTCDS values; a case may
 * have several forms, so these parts may sum to more than the total).
 */
@Component
@Order(0)
class CaseFeed implements IndicatorFeed {

    static final String CHILDREN = "0-17";
    static final String ADULTS = "18+";
    private static final Set<Disaggregation> BREAKDOWNS = Set.of(Disaggregation.SEX, Disaggregation.AGE_GROUP,
            Disaggregation.COUNTRY, Disaggregation.FORM_OF_EXPLOITATION);

    private final VictimStatistics statistics;

    CaseFeed(VictimStatistics statistics) {
        this.statistics = statistics;
    }

    @Override
    public List<Computation> computations() {
        return Arrays.stream(ComputedMeasure.values()).map(m -> new Computation(m.key(), BREAKDOWNS)).toList();
    }

    @Override
    public Count count(String key, Collection<String> countries, LocalDate from, LocalDate to) {
        ComputedMeasure measure = ComputedMeasure.ofKey(key)
                .orElseThrow(() -> new IllegalArgumentException("not a computation of the case records: " + key));
        VictimCounts counts = statistics.count(measure.measure(), measure.basis(), countries, from, to);
        List<Part> parts = new ArrayList<>();
        counts.bySex().forEach((sex, n) -> parts.add(new Part(Disaggregation.SEX, sex.value(), n)));
        parts.add(new Part(Disaggregation.AGE_GROUP, CHILDREN, counts.children()));
        parts.add(new Part(Disaggregation.AGE_GROUP, ADULTS, counts.adults()));
        for (AgeBand band : AgeBand.values()) {
            parts.add(new Part(Disaggregation.AGE_GROUP, band.label(), counts.byAgeBand().getOrDefault(band, 0L)));
        }
        counts.byCountry().forEach((country, n) -> parts.add(new Part(Disaggregation.COUNTRY, country, n)));
        counts.byExploitation()
                .forEach((form, n) -> parts.add(new Part(Disaggregation.FORM_OF_EXPLOITATION, form.value(), n)));
        return new Count(counts.total(), parts);
    }
}
