package org.sankofa.exchange;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The columns of the official HTCDS 2.0 spreadsheet template ({@code HTCDS Excel Spreadsheet v2.0.xlsx} and its
 * variant with validation), in their order (B to AM: column A holds the template's row numbers), with the field name of
 * the template's first row and the label of its second — both exactly as published, including the field name
 * {@code vic_TraffickinStatusDecisionMakingOrg} (sic), the blank field name of column AJ (whose label is "Reason for
 * Outgoing Referral") and the mailing address, whose field names (N–R) are in another order than its labels; then
 * Sankofa's own columns (AN onwards), for what a case holds and the template does not: an HTCDS field name where HTCDS
 * 2.0 has one outside the template ({@code vic_RelationshipToTrafficker}), {@code snk_} otherwise.
 *
 * <p>{@link #coverage()} says what the case model holds of each column; docs/data-standards.md lists them.
 */
public enum HtcdsColumn {

    CASE_OWNER("cas_CaseOwner", "Case Owner", Coverage.NOT_HELD),
    SALUTATION("prs_Salutation", "Salutation", Coverage.NOT_HELD),
    FIRST_NAME("prs_FirstName", "First Name", Coverage.HELD),
    SECOND_NAME("prs_SecondName", "Second Name", Coverage.HELD),
    CONSENT("con_Consent", "Consent", Coverage.NOT_HELD),
    BIRTHDATE("prs_Birthdate", "Birthdate", Coverage.HELD),
    GENDER("prs_Gender", "Gender", Coverage.HELD),
    CITIZENSHIP("prs_Citizenship", "Citizenship", Coverage.HELD),
    TITLE("prs_Title", "Title", Coverage.NOT_HELD),
    EMAIL("prs_Email", "Email", Coverage.PARTLY),
    HOME_PHONE("prs_HomePhone", "Home Phone", Coverage.PARTLY),
    MOBILE_PHONE("prs_MobilePhone", "Mobile Phone", Coverage.PARTLY),
    MAILING_STREET("prs_MailingCity", "Mailing Street", Coverage.PARTLY),
    MAILING_CITY("prs_MailingCountry", "Mailing City", Coverage.PARTLY),
    MAILING_STATE("prs_MailingState", "Mailing State/Province", Coverage.PARTLY),
    MAILING_POSTAL_CODE("prs_MailingStreet", "Mailing Zip/Postal Code", Coverage.PARTLY),
    MAILING_COUNTRY("prs_MailingPostalCode", "Mailing Country", Coverage.PARTLY),
    TRAFFICKING_STATUS("vic_TraffickingStatus", "Trafficking Status", Coverage.HELD),
    STATUS_DECISION_MAKER("vic_TraffickinStatusDecisionMakingOrg", "Trafficking Status Decision Making Organization",
            Coverage.HELD),
    METHOD_OF_RECRUITMENT("vic_MethodOfRecruitment", "Method of Recruitment", Coverage.PARTLY),
    LOCATION_OF_RECRUITMENT("vic_LocationOfRecruitment", "Location of Recruitment", Coverage.HELD),
    METHODS_OF_CONTROL("vic_MethodsOfControl", "Methods of Control", Coverage.HELD),
    TYPE_OF_EXPLOITATION("vic_TypeOfExploitation", "Type of Exploitation", Coverage.HELD),
    FORCED_LABOUR_INDUSTRY("vic_ForcedLabourIndustry", "Forced Labour Industry", Coverage.PARTLY),
    TYPE_OF_SEX_EXPLOITATION("vic_TypeOfSexExploitation", "Type of Sex Exploitation", Coverage.PARTLY),
    LOCATION_OF_EXPLOITATION("vic_LocationOfExploitation", "Location of Exploitation", Coverage.HELD),
    STATUS("cas_Status", "Status", Coverage.PARTLY),
    REFERRING_ORGANISATION("cas_ReferringOrganisation", "Referring Organisation", Coverage.NOT_HELD),
    INCOMING_REFERRAL_DATE("cas_IncomingReferralDate", "Incoming Referral Date", Coverage.NOT_HELD),
    REFERRING_CASE_WORKER("cas_ReferringPrimaryCaseWorker", "Referring Primary Case Worker", Coverage.NOT_HELD),
    REASON_FOR_INCOMING_REFERRAL("cas_ReasonForIncomingReferral", "Reason for Incoming Referral", Coverage.NOT_HELD),
    INCOMING_REFERRAL_DETAILS("cas_IncomingReferralDetails", "Incoming Referral Details", Coverage.NOT_HELD),
    REFERRED_ORGANISATION("cas_ReferredOrganisation", "Referred Organisation", Coverage.NOT_HELD),
    REFERRED_CASE_WORKER("cas_ReferredPrimaryCaseWorker", "Referred Primary Case Worker", Coverage.NOT_HELD),
    /** The template leaves this column's field name blank; HTCDS 2.0 names the field as below. */
    REASON_FOR_OUTGOING_REFERRAL("", "Reason for Outgoing Referral", Coverage.NOT_HELD),
    OUTGOING_REFERRAL_DATE("cas_OutgoingReferralDate", "Outgoing Referral Date", Coverage.NOT_HELD),
    OUTGOING_REFERRAL_DETAILS("cas_OutgoingReferralDetails", "Outgoing Referral Details", Coverage.NOT_HELD),
    REASON_FOR_CASE_CLOSURE("cas_ReasonForCaseClosure", "Reason for Case Closure", Coverage.NOT_HELD),

    CASE_NUMBER("snk_CaseNumber", "Sankofa case number", Coverage.SANKOFA),
    IDENTIFIED_ON("snk_IdentifiedOn", "Identification date", Coverage.SANKOFA),
    IDENTIFIED_COUNTRY("snk_IdentifiedCountry", "Country of identification", Coverage.SANKOFA),
    IDENTIFIED_CITY("snk_IdentifiedCity", "City of identification", Coverage.SANKOFA),
    REFERRAL_SOURCE("snk_ReferralSource", "Referral source", Coverage.SANKOFA),
    ESTIMATED_AGE("snk_EstimatedAge", "Estimated age", Coverage.SANKOFA),
    ALIASES("snk_Aliases", "Other names", Coverage.SANKOFA),
    LANGUAGES("snk_Languages", "Languages spoken", Coverage.SANKOFA),
    GUARDIAN_NAME("snk_GuardianName", "Guardian's name", Coverage.SANKOFA),
    GUARDIAN_CONTACT("snk_GuardianContact", "Guardian's contact", Coverage.SANKOFA),
    GUARDIAN_RELATION("snk_GuardianRelation", "Guardian's relation", Coverage.SANKOFA),
    RELATIONSHIP_TO_TRAFFICKER("vic_RelationshipToTrafficker", "Relationship to Trafficker", Coverage.SANKOFA),
    RECRUITMENT_COUNTRY("snk_RecruitmentCountry", "Country of recruitment", Coverage.SANKOFA),
    EXPLOITATION_COUNTRY("snk_ExploitationCountry", "Country of exploitation", Coverage.SANKOFA),
    NARRATIVE("snk_Narrative", "Narrative", Coverage.SANKOFA);

    /** The HTCDS field name of column AJ, which the template leaves blank; accepted in its place. */
    public static final String OUTGOING_REFERRAL_REASON_FIELD = "cas_ReasonForOutgoingReferral";

    /** What the case model holds of a column. */
    public enum Coverage {
        /** Held as HTCDS has it: exported, and imported without loss. */
        HELD,
        /**
         * Held in part: several values where the case holds one (refused on import), several contact or address
         * columns kept as one text, or a status the import cannot start a case in.
         */
        PARTLY,
        /** Not held by the case model: exported blank, and a value given on import is reported as not imported. */
        NOT_HELD,
        /** A column of Sankofa's own after the template's, for what a case holds and the template lacks. */
        SANKOFA
    }

    private final String field;
    private final String label;
    private final Coverage coverage;

    HtcdsColumn(String field, String label, Coverage coverage) {
        this.field = field;
        this.label = label;
        this.coverage = coverage;
    }

    /** The field name as the template's first row writes it (blank for column AJ). */
    public String field() {
        return field;
    }

    /** The label as the template's second row writes it. */
    public String label() {
        return label;
    }

    public Coverage coverage() {
        return coverage;
    }

    /** Whether the column is one of the official template's (B–AM) rather than Sankofa's own. */
    public boolean template() {
        return coverage != Coverage.SANKOFA;
    }

    /** The column's index in the sheet: the template's columns start at B (index 1), column A holds row numbers. */
    public int index() {
        return ordinal() + 1;
    }

    /** The column's name in error reports: its field name, or for AJ the HTCDS field name. */
    public String reportName() {
        return field.isEmpty() ? OUTGOING_REFERRAL_REASON_FIELD : field;
    }

    /** The official template's columns, in order. */
    public static List<HtcdsColumn> templateColumns() {
        return Arrays.stream(values()).filter(HtcdsColumn::template).toList();
    }

    /**
     * The column a header names: its field name (any letter case), the HTCDS field name of column AJ, or — for a
     * header whose field name row is blank — its label.
     */
    public static Optional<HtcdsColumn> named(String fieldName, String label) {
        String f = fieldName == null ? "" : fieldName.strip();
        if (!f.isEmpty()) {
            if (f.equalsIgnoreCase(OUTGOING_REFERRAL_REASON_FIELD)) {
                return Optional.of(REASON_FOR_OUTGOING_REFERRAL);
            }
            return Arrays.stream(values()).filter(c -> !c.field.isEmpty() && c.field.equalsIgnoreCase(f)).findFirst();
        }
        String l = label == null ? "" : label.strip();
        if (l.isEmpty()) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(c -> c.label.equalsIgnoreCase(l)).findFirst();
    }
}
