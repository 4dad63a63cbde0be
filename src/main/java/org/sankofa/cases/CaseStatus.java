package org.sankofa.cases;

/**
 * HTCDS 2.0 {@code cas_Status}: where the case stands.
 * Each code keeps its exact value name for data exchange ({@link #value()}); labels are in i18n/htcds*.properties.
 */
public enum CaseStatus implements HtcdsCode {

    /** Active. */
    ACTIVE("Active"),
    /** Follow Up. */
    FOLLOW_UP("FollowUp"),
    /** Closed. */
    CLOSED("Closed"),
    /** Closed Referred. */
    CLOSED_REFERRED("ClosedReferred");

    private final String value;

    CaseStatus(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }

    @Override
    public CodeList list() {
        return CodeList.CASE_STATUS;
    }

    /** The code with this exact value name; an unknown name is an {@link IllegalArgumentException}. */
    public static CaseStatus fromValue(String value) {
        return CodeList.CASE_STATUS.fromValue(value, CaseStatus.class);
    }
}
