package org.sankofa.events;

import java.util.Locale;

/** A participant's sex as the sign-in sheet gives it, or not stated. */
public enum ParticipantSex {
    FEMALE, MALE, NOT_STATED;

    /** The message key of its name, e.g. {@code event.sex.female}. */
    public String messageKey() {
        return "event.sex." + name().toLowerCase(Locale.ROOT);
    }
}
