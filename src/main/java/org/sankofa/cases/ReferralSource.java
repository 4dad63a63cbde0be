package org.sankofa.cases;

/**
 * Sankofa list ((none in HTCDS 2.0: cas_ReferringOrganisation is a lookup)): who identified the person or brought
 * the case to the office.
 * Each code keeps its exact value name for data exchange ({@link #value()}); labels are in i18n/htcds*.properties.
 */
public enum ReferralSource implements HtcdsCode {

    /** Police. */
    POLICE("Police"),
    /** Labour inspection. */
    LABOUR_INSPECTION("LabourInspection"),
    /** Border post. */
    BORDER_POST("BorderPost"),
    /** NGO outreach. */
    NGO_OUTREACH("NgoOutreach"),
    /** Community. */
    COMMUNITY("Community"),
    /** Self-referral. */
    SELF_REFERRAL("SelfReferral"),
    /** Hotline. */
    HOTLINE("Hotline"),
    /** Other. */
    OTHER("Other");

    private final String value;

    ReferralSource(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }

    @Override
    public CodeList list() {
        return CodeList.REFERRAL_SOURCE;
    }

    /** The code with this exact value name; an unknown name is an {@link IllegalArgumentException}. */
    public static ReferralSource fromValue(String value) {
        return CodeList.REFERRAL_SOURCE.fromValue(value, ReferralSource.class);
    }
}
