package org.sankofa.cases.internal.care;

/** The needs assessed, each a column of case_needs_assessment. */
public enum Need implements CareCode {
    SHELTER, MEDICAL, PSYCHOSOCIAL, LEGAL, DOCUMENTATION, EDUCATION, LIVELIHOOD, FAMILY_CONTACT;

    public String column() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String listKey() {
        return "need";
    }
}
