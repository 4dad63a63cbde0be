package org.sankofa.cases.internal.care;

public enum ConsentGiver implements CareCode {
    PERSON, GUARDIAN;

    @Override
    public String listKey() {
        return "giver";
    }
}
