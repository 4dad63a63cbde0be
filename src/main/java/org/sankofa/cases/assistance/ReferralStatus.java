package org.sankofa.cases.assistance;
import org.sankofa.cases.internal.ListCode;

public enum ReferralStatus implements ListCode {
    SENT, ACCEPTED, DECLINED, COMPLETED;

    @Override
    public String listKey() {
        return "referral-status";
    }
}
