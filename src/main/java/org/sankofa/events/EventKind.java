package org.sankofa.events;

import java.util.Locale;

/** What kind of event: a workshop, a conference, a training, a meeting, or an awareness activity or campaign launch. */
public enum EventKind {
    WORKSHOP, CONFERENCE, TRAINING, MEETING, AWARENESS;

    /** The message key of its name, e.g. {@code event.kind.workshop}. */
    public String messageKey() {
        return "event.kind." + name().toLowerCase(Locale.ROOT);
    }
}
