package org.sankofa.plans.internal;

import java.math.BigDecimal;
import java.util.List;

import org.sankofa.plans.Direction;
import org.sankofa.plans.Disaggregation;
import org.sankofa.plans.IndicatorSource;
import org.sankofa.plans.Measure;
/** What it takes to add an indicator. */
public record IndicatorDraft(Long areaId, Long objectiveId, String code, String definition, Measure measure,
        Direction direction, String unit, BigDecimal baseline, String baselineText, String baselinePeriod,
        List<Disaggregation> disaggregations, IndicatorSource source, String computedKey, List<String> references) {

    public IndicatorDraft {
        disaggregations = disaggregations == null ? List.of() : List.copyOf(disaggregations);
        references = references == null ? List.of() : List.copyOf(references);
    }
}
