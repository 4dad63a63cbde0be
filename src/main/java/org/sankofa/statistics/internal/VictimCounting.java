package org.sankofa.statistics.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.sankofa.cases.CaseFigures;
import org.sankofa.cases.CountryBasis;
import org.sankofa.cases.VictimMeasure;
import org.sankofa.statistics.VictimCounts;
import org.sankofa.statistics.VictimStatistics;
import org.springframework.stereotype.Service;

/** {@link VictimStatistics} from the groups of {@link CaseFigures}: one query per count, summed into breakdowns here. */
@Service
class VictimCounting implements VictimStatistics {

    private final CaseFigures figures;

    VictimCounting(CaseFigures figures) {
        this.figures = figures;
    }

    @Override
    public VictimCounts count(VictimMeasure measure, CountryBasis basis, Collection<String> countries,
            LocalDate from, LocalDate to) {
        List<String> codes = countries.stream().distinct().sorted().toList();
        Tally tally = new Tally();
        figures.groups(measure, basis, codes, from, to).forEach(tally::add);
        return tally.counts(measure, basis, codes, from, to);
    }
}
