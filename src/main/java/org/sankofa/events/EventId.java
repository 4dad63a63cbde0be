package org.sankofa.events;

/** The identity of an event, so that it is never mixed up with the id of a plan, an organisation or a participant. */
public record EventId(long value) {

    public EventId {
        if (value <= 0) {
            throw new IllegalArgumentException("an event id is positive");
        }
    }

    public static EventId of(long value) {
        return new EventId(value);
    }

    /** From a path ({@code /events/7}); a value that is not a positive whole number is refused (400). */
    public static EventId valueOf(String value) {
        return new EventId(Long.parseLong(value.strip()));
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
