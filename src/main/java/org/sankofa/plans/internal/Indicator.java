package org.sankofa.plans.internal;

import java.math.BigDecimal;
import java.util.List;

import org.sankofa.plans.Direction;
import org.sankofa.plans.Disaggregation;
import org.sankofa.plans.IndicatorSource;
import org.sankofa.plans.Measure;
/** An indicator of a plan (of one of its areas or objectives when given), with its targets per period. */
public record Indicator(long id, long planId, Long areaId, Long objectiveId, String code, String definition,
        Measure measure, Direction direction, String unit, BigDecimal baseline, String baselineText,
        String baselinePeriod, List<Disaggregation> disaggregations, IndicatorSource source, String computedKey,
        List<String> references, List<Target> targets, int version) {
}
