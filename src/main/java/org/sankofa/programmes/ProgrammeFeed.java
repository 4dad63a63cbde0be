package org.sankofa.programmes;

import java.time.LocalDate;
import java.util.Map;

/**
 * What another module counts for a programme's targets, so that programmes never depends on a module that names
 * programmes (the events module: an event names the programmes it serves and implements this feed). Like the plans'
 * IndicatorFeed (docs/decisions/0009-computed-indicators.md): nothing is stored, the figure is asked each time.
 */
public interface ProgrammeFeed {

    /** Whether this feed counts {@code measure}. */
    boolean counts(TargetMeasure measure);

    /**
     * The figure of {@code measure} for the programme between {@code from} and {@code to} (both days included), by
     * country (ISO alpha-2; the key {@code ""} for what has no country).
     */
    Map<String, Long> count(TargetMeasure measure, ProgrammeId programme, LocalDate from, LocalDate to);

    /**
     * What serves the programme, as the programme page lists it: a title, the link to its page, and the message key
     * of its status.
     */
    record Served(String title, String href, String statusKey) {
    }

    /** The records of this feed's module that serve the programme (none by default). */
    default java.util.List<Served> served(ProgrammeId programme) {
        return java.util.List.of();
    }
}
