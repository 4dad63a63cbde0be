package org.sankofa.legal;

import java.util.Locale;

/**
 * How a state expressed its consent to be bound by an instrument (Vienna Convention on the Law of Treaties, arts.
 * 11–16, and succession of states): each makes the state a party.
 */
public enum ConsentKind {
    RATIFICATION,
    ACCESSION,
    ACCEPTANCE,
    APPROVAL,
    SUCCESSION;

    public String messageKey() {
        return "legal.consent." + name().toLowerCase(Locale.ROOT);
    }
}
