package org.sankofa.cases.internal.care;

public enum ConsentPurpose implements CareCode {
    ASSISTANCE, PARTNER_SHARING, CROSS_BORDER_SHARING, ANONYMISED_STATISTICS;

    @Override
    public String listKey() {
        return "purpose";
    }
}
