package org.sankofa.cases.internal.care;

public enum ReferralShare implements CareCode {
    NAME, AGE_SEX, CONTACT, NEEDS, PROFILE;

    @Override
    public String listKey() {
        return "share";
    }
}
