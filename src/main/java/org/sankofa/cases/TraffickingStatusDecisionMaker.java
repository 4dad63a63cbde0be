package org.sankofa.cases;

/**
 * HTCDS 2.0 {@code vic_TraffickingStatusDecisionMakingOrg}: who decided the trafficking status.
 * Each code keeps its exact value name for data exchange ({@link #value()}); labels are in i18n/htcds*.properties.
 */
public enum TraffickingStatusDecisionMaker implements HtcdsCode {

    /** Police. */
    POLICE("Police"),
    /** NGO. */
    NGO("NGO"),
    /** Court or prosecution. */
    COURT_OR_PROSECUTION("CourtOrProsecution"),
    /** Non-police governmental organization. */
    NON_POLICE_GOVERNMENTAL_ORGANIZATION("NonPoliceGovernmentalOrganization"),
    /** Other. */
    OTHER("Other");

    private final String value;

    TraffickingStatusDecisionMaker(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }

    @Override
    public CodeList list() {
        return CodeList.TRAFFICKING_STATUS_DECISION_MAKER;
    }

    /** The code with this exact value name; an unknown name is an {@link IllegalArgumentException}. */
    public static TraffickingStatusDecisionMaker fromValue(String value) {
        return CodeList.TRAFFICKING_STATUS_DECISION_MAKER.fromValue(value, TraffickingStatusDecisionMaker.class);
    }
}
