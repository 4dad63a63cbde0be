package org.sankofa.statistics.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.sankofa.cases.CaseTallies;
import org.sankofa.cases.CaseTallies.DaysBand;
import org.sankofa.cases.CaseTallies.Journey;
import org.sankofa.cases.CaseTallies.Milestone;
import org.sankofa.shared.Disclosure;
import org.sankofa.shared.Figure;
import org.springframework.stereotype.Component;

/**
 * How long after identification the persons of a dashboard reached each milestone of their journey
 * (docs/decisions/0023-journey-times.md): the persons who reached it, by band of days, and the band that holds the
 * median. Outside a case office's exact reach, the same small-cell rules as the other figures: small counts and those
 * that differ by a small number from the same count with one filter fewer, or from the persons identified, are
 * suppressed, with a companion where a band alone would be worked out from the persons who reached the milestone.
 */
@Component
public class JourneyTimes {

    private final CaseTallies tallies;

    JourneyTimes(CaseTallies tallies) {
        this.tallies = tallies;
    }

    /**
     * One milestone as published.
     *
     * @param milestone what was reached
     * @param reached   the persons who reached it
     * @param bands     of them, by band of days after identification, in {@link DaysBand} order
     * @param median    the band that holds the median time, or null where there is none or it is not shown
     */
    public record Line(Milestone milestone, Figure reached, List<Figure> bands, DaysBand median) {
    }

    /**
     * The journeys of a dashboard's persons.
     *
     * @param identified the persons identified, as published on the same dashboard
     * @param returned   the persons returned, as published (the reached of the return milestone, suppressed alike)
     */
    List<Line> of(StatisticsFilter filter, Reach reach, Disclosure disclosure, Figure identified, Figure returned) {
        List<Journey> journeys = tallies.journeys(filter.query(reach));
        if (reach.exact()) {
            return journeys.stream().map(j -> new Line(j.milestone(), Figure.of(j.reached()),
                    j.persons().stream().map(Figure::of).toList(), median(j))).toList();
        }
        List<List<Journey>> wider = filter.relaxations().stream().map(w -> tallies.journeys(w.query(reach))).toList();
        List<Line> lines = new ArrayList<>();
        for (Journey journey : journeys) {
            int m = journey.milestone().ordinal();
            boolean markReached = disclosure.small(identified.value() - journey.reached())
                    || wider.stream().anyMatch(w -> disclosure.small(w.get(m).reached() - journey.reached()));
            Figure reached = journey.milestone() == Milestone.RETURNED ? returned
                    : disclosure.total(journey.reached(), markReached);
            Set<Integer> marked = new HashSet<>();
            for (int b = 0; b < journey.persons().size(); b++) {
                int band = b;
                if (wider.stream().anyMatch(w -> disclosure.small(w.get(m).persons().get(band)
                        - journey.persons().get(band)))) {
                    marked.add(b);
                }
            }
            List<Figure> bands = disclosure.column(journey.persons(), reached, true, marked);
            lines.add(new Line(journey.milestone(), reached, bands, reached.suppressed() ? null : median(journey)));
        }
        return lines;
    }

    /** The band of days that holds the median person of a milestone, null when nobody reached it. */
    static DaysBand median(Journey journey) {
        long reached = journey.reached();
        if (reached == 0) {
            return null;
        }
        long cumulated = 0;
        for (DaysBand band : DaysBand.values()) {
            cumulated += journey.persons().get(band.ordinal());
            if (2 * cumulated >= reached) {
                return band;
            }
        }
        throw new IllegalStateException("the bands do not add up to the persons who reached the milestone");
    }
}
