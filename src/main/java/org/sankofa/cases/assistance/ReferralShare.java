package org.sankofa.cases.assistance;
import org.sankofa.cases.internal.ListCode;

public enum ReferralShare implements ListCode {
    NAME, AGE_SEX, CONTACT, NEEDS, PROFILE;

    @Override
    public String listKey() {
        return "share";
    }
}
