package org.sankofa.plans.internal;

import java.math.BigDecimal;
import java.util.List;
/**
 * A value to enter for a period. Which fields count depends on the measure: {@code value} (number, percent),
 * {@code numerator} and {@code denominator} (ratio; a percent may be given so too), {@code yes} (yes/no),
 * {@code text} (text). {@code version} is the version read when changing an existing value.
 */
public record ValueEntry(String period, BigDecimal value, BigDecimal numerator, BigDecimal denominator, Boolean yes,
        String text, String evidence, String comment, List<ValuePart> parts, Integer version) {

    public ValueEntry {
        parts = parts == null ? List.of() : List.copyOf(parts);
    }
}
