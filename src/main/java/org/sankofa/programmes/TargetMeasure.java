package org.sankofa.programmes;

/**
 * What a programme's target measures. All but {@link #MANUAL} are counted from the records, never typed: the cases
 * enrolled in the programme (children assisted, returned, reintegrated; referrals completed), the countries covered,
 * and the events that serve the programme (workshops held, people trained). A manual target reads the values of a
 * plans indicator, with their evidence, comment, approval and locks.
 */
public enum TargetMeasure {
    CHILDREN_ASSISTED(Source.CASES), CHILDREN_RETURNED(Source.CASES), CHILDREN_REINTEGRATED(Source.CASES),
    COUNTRIES_COVERED(Source.PROGRAMME), WORKSHOPS_HELD(Source.EVENTS), PEOPLE_TRAINED(Source.EVENTS),
    REFERRALS_COMPLETED(Source.CASES), ACTIVITIES_COMPLETED(Source.PLANS), MANUAL(Source.INDICATOR);

    /** Where the achieved figure comes from. */
    public enum Source {
        CASES, PROGRAMME, EVENTS, PLANS, INDICATOR
    }

    private final Source source;

    TargetMeasure(Source source) {
        this.source = source;
    }

    public Source source() {
        return source;
    }

    /** Whether the figure can be broken down by country, sex and age band (the persons of the cases). */
    public boolean byPerson() {
        return source == Source.CASES;
    }
}
