package org.sankofa.cases.internal.consent;
import org.sankofa.cases.internal.ListCode;

public enum ConsentGiver implements ListCode {
    PERSON, GUARDIAN;

    @Override
    public String listKey() {
        return "giver";
    }
}
