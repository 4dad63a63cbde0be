package org.sankofa.plans;

/** The identity of an action plan, so that it is never mixed up with the id of an area, an indicator or a report. */
public record PlanId(long value) {

    public PlanId {
        if (value <= 0) {
            throw new IllegalArgumentException("a plan id is positive");
        }
    }

    public static PlanId of(long value) {
        return new PlanId(value);
    }

    /** From a path or a form ({@code /plans/7}); a value that is not a positive whole number is refused (400). */
    public static PlanId valueOf(String value) {
        return new PlanId(Long.parseLong(value.strip()));
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
