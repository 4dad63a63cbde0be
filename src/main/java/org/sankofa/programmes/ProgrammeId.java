package org.sankofa.programmes;

/** The identity of a programme, so that it is never mixed up with the id of a plan, an event or an organisation. */
public record ProgrammeId(long value) {

    public ProgrammeId {
        if (value <= 0) {
            throw new IllegalArgumentException("a programme id is positive");
        }
    }

    public static ProgrammeId of(long value) {
        return new ProgrammeId(value);
    }

    /** From a path ({@code /programmes/7}); a value that is not a positive whole number is refused (400). */
    public static ProgrammeId valueOf(String value) {
        return new ProgrammeId(Long.parseLong(value.strip()));
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
