package org.sankofa.plans.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import org.sankofa.plans.PlanId;
import org.sankofa.plans.PlanScope;
import org.sankofa.plans.PlanStatus;
import org.sankofa.plans.internal.PlanComparison;
import org.sankofa.plans.internal.PlanComparisons;
import org.sankofa.plans.internal.PlanFilter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/plans")
@Tag(name = "Action plans")
class ComparisonApiController {

    private final PlanComparisons comparisons;

    ComparisonApiController(PlanComparisons comparisons) {
        this.comparisons = comparisons;
    }

    @GetMapping("/comparison")
    @Operation(summary = "Plans side by side per standard pillar: areas, objectives, activities (by status), budget "
            + "planned and spent per currency, indicators on or off track. Choose plans with ids=1,2,3 (at most 8), "
            + "or with the filters of the plan list; without either, the plans in force")
    PlanComparison compare(@RequestParam(required = false) List<Long> ids,
            @RequestParam(required = false) PlanScope scope, @RequestParam(required = false) PlanStatus status,
            @Parameter(description = "ISO 3166-1 alpha-2") @RequestParam(required = false)
            @Pattern(regexp = "^[A-Z]{2}$") String country) {
        return choose(comparisons, ids, scope, status, country);
    }

    static PlanComparison choose(PlanComparisons comparisons, List<Long> ids, PlanScope scope, PlanStatus status,
            String country) {
        if (ids != null && !ids.isEmpty()) {
            // an id that is not positive names no plan: unknown (422), like any other id that names none
            return comparisons.byIds(ids.stream().map(id -> id == null || id <= 0 ? null : PlanId.of(id)).toList());
        }
        if (scope != null || status != null || country != null) {
            return comparisons.byFilter(new PlanFilter(scope, status, country));
        }
        return comparisons.inForce();
    }
}
