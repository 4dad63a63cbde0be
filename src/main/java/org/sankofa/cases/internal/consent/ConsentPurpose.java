package org.sankofa.cases.internal.consent;
import org.sankofa.cases.internal.ListCode;
import org.springframework.modulith.NamedInterface;

@NamedInterface("foundation")
public enum ConsentPurpose implements ListCode {
    ASSISTANCE, PARTNER_SHARING, CROSS_BORDER_SHARING, ANONYMISED_STATISTICS;

    @Override
    public String listKey() {
        return "purpose";
    }
}
