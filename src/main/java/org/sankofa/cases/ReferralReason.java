package org.sankofa.cases;

/**
 * HTCDS 2.0 {@code cas_ReasonForIncomingReferral, cas_ReasonForOutgoingReferral}: why a case is referred to or from
 * another organisation.
 * Each code keeps its exact value name for data exchange ({@link #value()}); labels are in i18n/htcds*.properties.
 */
public enum ReferralReason implements HtcdsCode {

    /** Additional Services Required. */
    ADDITIONAL_SERVICES_REQUIRED("AdditionalServicesRequired"),
    /** Migration or Change of Location. */
    MIGRATION_OR_CHANGE_OF_LOCATION("MigrationOrChangeOfLocation"),
    /** Other. */
    OTHER("Other");

    private final String value;

    ReferralReason(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }

    @Override
    public CodeList list() {
        return CodeList.REFERRAL_REASON;
    }

    /** The code with this exact value name; an unknown name is an {@link IllegalArgumentException}. */
    public static ReferralReason fromValue(String value) {
        return CodeList.REFERRAL_REASON.fromValue(value, ReferralReason.class);
    }
}
