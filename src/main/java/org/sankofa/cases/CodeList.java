package org.sankofa.cases;

import java.util.List;
import java.util.Objects;

/**
 * The code lists of the case module: HTCDS 2.0 picklists (IOM's Human Trafficking Case Data Standard, CC BY 4.0), and
 * two lists of Sankofa's own where HTCDS has free text or a lookup. Sources are listed in docs/data-standards.md.
 */
public enum CodeList {

    /** Gender. */
    GENDER("Gender", "prs_Gender",
            Source.HTCDS, false, Gender.class),
    /** Trafficking status. */
    TRAFFICKING_STATUS("TraffickingStatus", "vic_TraffickingStatus",
            Source.HTCDS, false, TraffickingStatus.class),
    /** Trafficking status decision making organization. */
    TRAFFICKING_STATUS_DECISION_MAKER("TraffickingStatusDecisionMaker", "vic_TraffickingStatusDecisionMakingOrg",
            Source.HTCDS, false, TraffickingStatusDecisionMaker.class),
    /** Relationship to trafficker. */
    RELATIONSHIP_TO_TRAFFICKER("RelationshipToTrafficker", "vic_RelationshipToTrafficker",
            Source.HTCDS, false, RelationshipToTrafficker.class),
    /** Method of recruitment. */
    METHOD_OF_RECRUITMENT("MethodOfRecruitment", "vic_MethodOfRecruitment",
            Source.HTCDS, true, MethodOfRecruitment.class),
    /** Methods of control. */
    METHODS_OF_CONTROL("MethodsOfControl", "vic_MethodsOfControl",
            Source.HTCDS, true, MethodOfControl.class),
    /** Type of exploitation. */
    TYPE_OF_EXPLOITATION("TypeOfExploitation", "vic_TypeOfExploitation",
            Source.HTCDS, true, TypeOfExploitation.class),
    /** Forced labour industry. */
    FORCED_LABOUR_INDUSTRY("ForcedLabourIndustry", "vic_ForcedLabourIndustry",
            Source.HTCDS, false, ForcedLabourIndustry.class),
    /** Type of sex exploitation. */
    TYPE_OF_SEX_EXPLOITATION("TypeOfSexExploitation", "vic_TypeOfSexExploitation",
            Source.HTCDS, true, TypeOfSexExploitation.class),
    /** Case status. */
    CASE_STATUS("CaseStatus", "cas_Status",
            Source.HTCDS, false, CaseStatus.class),
    /** Reason for referral. */
    REFERRAL_REASON("ReferralReason", "cas_ReasonForIncomingReferral, cas_ReasonForOutgoingReferral",
            Source.HTCDS, false, ReferralReason.class),
    /** Reason for case closure. */
    CLOSURE_REASON("ClosureReason", "cas_ReasonForCaseClosure (free text in HTCDS)",
            Source.SANKOFA, false, ClosureReason.class),
    /** Referral source. */
    REFERRAL_SOURCE("ReferralSource", "(none in HTCDS 2.0: cas_ReferringOrganisation is a lookup)",
            Source.SANKOFA, false, ReferralSource.class);

    /** Where a list comes from. */
    public enum Source {
        /** An HTCDS 2.0 picklist, values unchanged. */
        HTCDS,
        /** Sankofa's own list, for a field that HTCDS 2.0 keeps as free text or a lookup. */
        SANKOFA
    }

    private final String key;
    private final String htcdsField;
    private final Source source;
    private final boolean multiple;
    private final Class<? extends HtcdsCode> type;

    CodeList(String key, String htcdsField, Source source, boolean multiple, Class<? extends HtcdsCode> type) {
        this.key = key;
        this.htcdsField = htcdsField;
        this.source = source;
        this.multiple = multiple;
        this.type = type;
    }

    /** The list's name in message keys ({@code htcds.<key>.<value>}), e.g. {@code TypeOfExploitation}. */
    public String key() {
        return key;
    }

    /** The HTCDS 2.0 field the list belongs to, e.g. {@code vic_TypeOfExploitation}. */
    public String htcdsField() {
        return htcdsField;
    }

    public Source source() {
        return source;
    }

    /** Whether HTCDS allows several codes of this list for one case (a multi-select picklist). */
    public boolean multiple() {
        return multiple;
    }

    /** The enum that holds the codes. */
    public Class<? extends HtcdsCode> type() {
        return type;
    }

    /** The message key of the list's own label, e.g. {@code htcds.list.TypeOfExploitation}. */
    public String messageKey() {
        return "htcds.list." + key;
    }

    /** The codes in the order HTCDS lists them. */
    public List<HtcdsCode> codes() {
        return List.of(type.getEnumConstants());
    }

    /** The code of this list with this exact value name. */
    public HtcdsCode fromValue(String value) {
        for (HtcdsCode code : type.getEnumConstants()) {
            if (code.value().equals(value)) {
                return code;
            }
        }
        throw new IllegalArgumentException("'" + value + "' is not a value of the code list " + key);
    }

    <E extends Enum<E> & HtcdsCode> E fromValue(String value, Class<E> enumType) {
        Objects.requireNonNull(value, "value");
        return enumType.cast(fromValue(value));
    }
}
