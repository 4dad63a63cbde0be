package org.sankofa.plans.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Roles;
import org.sankofa.plans.Direction;
import org.sankofa.plans.Disaggregation;
import org.sankofa.plans.IndicatorSource;
import org.sankofa.plans.IsoPeriod;
import org.sankofa.plans.Measure;
import org.sankofa.plans.PlanId;
import org.sankofa.plans.internal.ComputedValues;
import org.sankofa.plans.internal.Indicator;
import org.sankofa.plans.internal.IndicatorDraft;
import org.sankofa.plans.internal.IndicatorValue;
import org.sankofa.plans.internal.Indicators;
import org.sankofa.plans.internal.Plans;
import org.sankofa.plans.internal.ValueEntry;
import org.sankofa.plans.internal.ValuePart;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Indicators", description = "Indicators of a plan, their targets and their values per ISO period "
        + "(2025, 2025S1, 2025Q3, 202509). Values of a period covered by an approved progress report are locked (409).")
class IndicatorApiController {

    private final Indicators indicators;
    private final Plans plans;
    private final ComputedValues computedValues;

    IndicatorApiController(Indicators indicators, Plans plans, ComputedValues computedValues) {
        this.indicators = indicators;
        this.plans = plans;
        this.computedValues = computedValues;
    }

    record IndicatorBody(Long area, Long objective, @Size(max = 40) String code,
            @NotBlank @Size(max = 1000) String definition, @NotNull Measure measure, Direction direction,
            @Size(max = 60) String unit, BigDecimal baseline, @Size(max = 300) String baselineText,
            @Size(max = 7) String baselinePeriod, @Size(max = 5) List<@NotNull Disaggregation> disaggregations,
            IndicatorSource source, @Size(max = 80) String computedKey,
            @Size(max = 20) List<@NotBlank @Size(max = 60) String> references) {
    }

    record TargetBody(BigDecimal target, @Size(max = 300) String targetText) {
    }

    /** A value; which fields count depends on the indicator's measure. */
    record ValueBody(BigDecimal value, BigDecimal numerator, BigDecimal denominator, Boolean yes,
            @Size(max = 2000) String text, @Size(max = 1000) String evidence, @Size(max = 2000) String comment,
            @Size(max = 400) List<@NotNull ValuePart> parts, @Min(0) Integer version) {
    }

    @PostMapping("/plans/{id}/indicators")
    @PreAuthorize(Roles.COORDINATORS)
    @Operation(summary = "Add an indicator to a plan (optionally to one of its areas or objectives)")
    ResponseEntity<Indicator> create(@PathVariable PlanId id, @Valid @RequestBody IndicatorBody body,
            @AuthenticationPrincipal CurrentUser user) {
        plans.require(id);
        Indicator created = indicators.create(id, new IndicatorDraft(body.area(), body.objective(), body.code(),
                body.definition(), body.measure(), body.direction(), body.unit(), body.baseline(),
                body.baselineText(), body.baselinePeriod(), body.disaggregations(), body.source(),
                body.computedKey(), body.references()), user);
        return ResponseEntity.created(URI.create("/api/v1/indicators/" + created.id())).body(created);
    }

    @GetMapping("/indicators/{id}")
    @Operation(summary = "One indicator with its targets")
    Indicator indicator(@PathVariable long id) {
        return indicators.require(id);
    }

    @PutMapping("/indicators/{id}/targets/{period}")
    @PreAuthorize(Roles.COORDINATORS)
    @Operation(summary = "Set the target of a period: a number, a text or both. 422 for a malformed period, a "
            + "number the measure does not allow, or neither a number nor a text (remove a target with DELETE)")
    Indicator setTarget(@PathVariable long id, @PathVariable String period, @Valid @RequestBody TargetBody body,
            @AuthenticationPrincipal CurrentUser user) {
        return indicators.setTarget(id, period, body.target(), body.targetText(), user);
    }

    @DeleteMapping("/indicators/{id}/targets/{period}")
    @PreAuthorize(Roles.COORDINATORS)
    @Operation(summary = "Remove the target of a period; 404 when it has none, 422 for a malformed period")
    Indicator removeTarget(@PathVariable long id, @PathVariable String period,
            @AuthenticationPrincipal CurrentUser user) {
        return indicators.removeTarget(id, period, user);
    }

    @GetMapping("/indicators/{id}/values")
    @Operation(summary = "The values of an indicator, by period, each saying whether it is locked, synthetic or "
            + "computed. A computed indicator's values (computed: true, id 0) are counted from the case records when "
            + "asked: each year of the plan's period up to today, each period with a target, and the period asked; "
            + "their evidence lists the countries counted. Their FORM_OF_EXPLOITATION parts may sum to more than "
            + "the total (a person may have several forms); their AGE_GROUP parts hold two breakdowns, 0-17 / 18+ "
            + "and the age bands, each summing to the total")
    List<IndicatorValue> values(@PathVariable long id,
            @Parameter(description = "computed indicators: one more period to count (2025, 2025S1, 2025Q3, 202509)")
            @RequestParam(required = false) String period) {
        Indicator indicator = indicators.require(id);
        if (indicator.source() == IndicatorSource.COMPUTED) {
            IsoPeriod asked = period == null || period.isBlank() ? null : Indicators.period(period);
            return computedValues.values(indicator, plans.require(PlanId.of(indicator.planId())), asked);
        }
        return indicators.values(id);
    }

    @PutMapping("/indicators/{id}/values/{period}")
    @PreAuthorize(Roles.REPORTERS)
    @Operation(summary = "Enter the value of a period, or change it with the version read. 422 for a computed "
            + "indicator (its values are counted, not typed), a malformed period, a percent outside 0–100, a ratio without a positive denominator or parts that do not sum to "
            + "the total; 409 when the period is locked or someone saved first")
    IndicatorValue enter(@PathVariable long id,
            @Parameter(description = "2025, 2025S1, 2025Q3 or 202509") @PathVariable String period,
            @Valid @RequestBody ValueBody body, @AuthenticationPrincipal CurrentUser user) {
        return indicators.enter(id, new ValueEntry(period, body.value(), body.numerator(), body.denominator(),
                body.yes(), body.text(), body.evidence(), body.comment(), body.parts(), body.version()), user);
    }
}
