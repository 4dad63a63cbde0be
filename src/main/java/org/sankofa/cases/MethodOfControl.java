package org.sankofa.cases;

/**
 * HTCDS 2.0 {@code vic_MethodsOfControl}: how the exploiters kept control over the person (several may apply).
 * Each code keeps its exact value name for data exchange ({@link #value()}); labels are in i18n/htcds*.properties.
 */
public enum MethodOfControl implements HtcdsCode {

    /** Physical threats. */
    PHYSICAL_THREATS("PhysicalThreats"),
    /** Threats of law enforcement. */
    THREATS_LAW_ENFORCEMENT("ThreatsLawEnforcement"),
    /** Threatens children/family. */
    THREATENS_CHILDREN_FAMILY("ThreatensChildrenFamily"),
    /** Debt bondage. */
    DEBT_BONDAGE("DebtBondage"),
    /** False promises. */
    FALSE_PROMISES("FalsePromises"),
    /** Physical abuse. */
    PHYSICAL_ABUSE("PhysicalAbuse"),
    /** Sexual abuse. */
    SEXUAL_ABUSE("SexualAbuse"),
    /** Takes earnings. */
    TAKES_EARNINGS("TakesEarnings"),
    /** Restricts financial access. */
    RESTRICTS_FINANCIAL_ACCESS("RestrictsFinancialAccess"),
    /** Restricts medical care. */
    RESTRICTS_MEDICAL_CARE("RestrictsMedicalCare"),
    /** Withholds necessities. */
    WITHHOLDS_NECESSITIES("WithholdsNecessities"),
    /** Psychological abuse. */
    PSYCHOLOGICAL_ABUSE("PsychologicalAbuse"),
    /** Psychoactive substance. */
    PSYCHOACTIVE_SUBSTANCE("PsychoactiveSubstance"),
    /** Excessive working hours. */
    EXCESSIVE_WORKING_HOURS("ExcessiveWorkingHours"),
    /** Withholds documents. */
    WITHHOLDS_DOCUMENTS("WithholdsDocuments"),
    /** Other. */
    OTHER("Other");

    private final String value;

    MethodOfControl(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }

    @Override
    public CodeList list() {
        return CodeList.METHODS_OF_CONTROL;
    }

    /** The code with this exact value name; an unknown name is an {@link IllegalArgumentException}. */
    public static MethodOfControl fromValue(String value) {
        return CodeList.METHODS_OF_CONTROL.fromValue(value, MethodOfControl.class);
    }
}
