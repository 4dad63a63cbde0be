package org.sankofa.cases;

/**
 * Sankofa list (cas_ReasonForCaseClosure (free text in HTCDS)): why a case was closed; HTCDS 2.0 records the reason
 * as free text, so this list is Sankofa's and is exported as its label.
 * Each code keeps its exact value name for data exchange ({@link #value()}); labels are in i18n/htcds*.properties.
 */
public enum ClosureReason implements HtcdsCode {

    /** Reintegration completed. */
    REINTEGRATION_COMPLETED("ReintegrationCompleted"),
    /** Referred to another organisation. */
    REFERRED_TO_ANOTHER_ORGANISATION("ReferredToAnotherOrganisation"),
    /** Transferred to another office. */
    TRANSFERRED_TO_ANOTHER_OFFICE("TransferredToAnotherOffice"),
    /** Declined further assistance. */
    DECLINED_FURTHER_ASSISTANCE("DeclinedFurtherAssistance"),
    /** Lost contact. */
    LOST_CONTACT("LostContact"),
    /** Moved out of the service area. */
    MOVED_OUT_OF_AREA("MovedOutOfArea"),
    /** Determined not to be a victim of trafficking. */
    NOT_A_VICTIM_OF_TRAFFICKING("NotAVictimOfTrafficking"),
    /** Deceased. */
    DECEASED("Deceased"),
    /** Duplicate record. */
    DUPLICATE_RECORD("DuplicateRecord"),
    /** Other. */
    OTHER("Other");

    private final String value;

    ClosureReason(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }

    @Override
    public CodeList list() {
        return CodeList.CLOSURE_REASON;
    }

    /** The code with this exact value name; an unknown name is an {@link IllegalArgumentException}. */
    public static ClosureReason fromValue(String value) {
        return CodeList.CLOSURE_REASON.fromValue(value, ClosureReason.class);
    }
}
