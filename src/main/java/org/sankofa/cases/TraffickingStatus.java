package org.sankofa.cases;

/**
 * HTCDS 2.0 {@code vic_TraffickingStatus}: whether the person is a presumed, confirmed or not a victim of trafficking.
 * Each code keeps its exact value name for data exchange ({@link #value()}); labels are in i18n/htcds*.properties.
 */
public enum TraffickingStatus implements HtcdsCode {

    /** Possible victim of trafficking. */
    POSSIBLE_VICTIM_OF_TRAFFICKING("PossibleVictimOfTrafficking"),
    /** Actual victim of trafficking. */
    ACTUAL_VICTIM_OF_TRAFFICKING("ActualVictimOfTrafficking"),
    /** Not a victim of trafficking. */
    NOT_A_VICTIM_OF_TRAFFICKING("NotAVictimOfTrafficking");

    private final String value;

    TraffickingStatus(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }

    @Override
    public CodeList list() {
        return CodeList.TRAFFICKING_STATUS;
    }

    /** The code with this exact value name; an unknown name is an {@link IllegalArgumentException}. */
    public static TraffickingStatus fromValue(String value) {
        return CodeList.TRAFFICKING_STATUS.fromValue(value, TraffickingStatus.class);
    }
}
