package org.sankofa.statistics;

import java.util.List;

import org.sankofa.identity.CurrentUser;

/**
 * The headline of a person's statistics dashboard, for their home page: persons identified in the last three years
 * and, of them, assisted, returned and reintegrated — published as the dashboard publishes them (a suppressed figure
 * has no value).
 */
public interface Headlines {

    /**
     * @param measure identified, assisted, returned or reintegrated
     * @param value   the count, or null when suppressed
     */
    record Figure(String measure, Long value) {
    }

    /**
     * @param fromYear  first year counted
     * @param toYear    last year counted (this one)
     * @param threshold the small-cell threshold, for "fewer than 5"
     * @param figures   in the order identified, assisted, returned, reintegrated
     */
    record Headline(int fromYear, int toYear, int threshold, List<Figure> figures) {
    }

    /** The headline of this person's reach (an AccessDeniedException for a role without statistics). */
    Headline of(CurrentUser user);
}
