package org.sankofa.cases.internal.care;

public enum ReferralStatus implements CareCode {
    SENT, ACCEPTED, DECLINED, COMPLETED;

    @Override
    public String listKey() {
        return "referral-status";
    }
}
