package org.sankofa.cases.internal.consent;
import org.sankofa.cases.internal.ListCode;
import org.springframework.modulith.NamedInterface;

@NamedInterface("foundation")
public enum ConsentGiver implements ListCode {
    PERSON, GUARDIAN;

    @Override
    public String listKey() {
        return "giver";
    }
}
