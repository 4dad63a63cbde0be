package org.sankofa.cases.journey.internal.returns;

public enum DocumentKind implements ReturnCode {
    PASSPORT, LAISSEZ_PASSER, BIRTH_CERTIFICATE, TRAVEL_AUTHORISATION, IDENTITY_CARD, OTHER;

    @Override
    public String listKey() {
        return "document";
    }
}
