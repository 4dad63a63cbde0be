package org.sankofa.cases.assistance;
import org.sankofa.cases.internal.ListCode;

/** The needs assessed, each a column of case_needs_assessment. */
public enum Need implements ListCode {
    SHELTER, MEDICAL, PSYCHOSOCIAL, LEGAL, DOCUMENTATION, EDUCATION, LIVELIHOOD, FAMILY_CONTACT;

    public String column() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String listKey() {
        return "need";
    }
}
