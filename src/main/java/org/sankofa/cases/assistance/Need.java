package org.sankofa.cases.assistance;
import java.util.EnumSet;
import java.util.Set;

import org.sankofa.cases.internal.ListCode;
import org.sankofa.directory.ServiceType;

/** The needs assessed, each a column of case_needs_assessment. */
public enum Need implements ListCode {
    SHELTER, MEDICAL, PSYCHOSOCIAL, LEGAL, DOCUMENTATION, EDUCATION, LIVELIHOOD, FAMILY_CONTACT;

    /** The services of the directory that answer this need (the referral form offers them first). */
    public Set<ServiceType> services() {
        return switch (this) {
            case SHELTER -> EnumSet.of(ServiceType.SHELTER);
            case MEDICAL -> EnumSet.of(ServiceType.MEDICAL);
            case PSYCHOSOCIAL -> EnumSet.of(ServiceType.PSYCHOSOCIAL);
            case LEGAL -> EnumSet.of(ServiceType.LEGAL, ServiceType.INTERPRETATION);
            case DOCUMENTATION -> EnumSet.of(ServiceType.DOCUMENTATION, ServiceType.LEGAL);
            case EDUCATION -> EnumSet.of(ServiceType.EDUCATION, ServiceType.VOCATIONAL_TRAINING);
            case LIVELIHOOD -> EnumSet.of(ServiceType.VOCATIONAL_TRAINING, ServiceType.INCOME_GENERATING_ACTIVITY);
            case FAMILY_CONTACT -> EnumSet.of(ServiceType.FAMILY_TRACING);
        };
    }

    public String column() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String listKey() {
        return "need";
    }
}
