package org.sankofa.programmes.internal;

import java.math.BigDecimal;
import java.util.Map;

import org.sankofa.programmes.TargetMeasure;

/**
 * A target to add or change, as typed: the measure (required), a label, the baseline, the plans indicator of a manual
 * figure, and the value aimed at per ISO period (period written {@code 2024}, {@code 2024-Q1}… as the plans write
 * them, each overlapping the programme's period).
 */
public record TargetDraft(TargetMeasure measure, String label, BigDecimal baseline, Long indicatorId,
        Map<String, BigDecimal> values) {

    public TargetDraft {
        values = values == null ? Map.of() : values;
    }
}
