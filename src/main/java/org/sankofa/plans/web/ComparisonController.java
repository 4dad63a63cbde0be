package org.sankofa.plans.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.sankofa.plans.ActivityStatus;
import org.sankofa.plans.PlanScope;
import org.sankofa.plans.PlanStatus;
import org.sankofa.plans.internal.PlanComparison;
import org.sankofa.plans.internal.PlanComparisons;
import org.sankofa.plans.internal.PlanFilter;
import org.sankofa.plans.internal.Plans;
import org.sankofa.shared.web.FormErrors;
import org.sankofa.shared.web.FormSubmission;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The comparison of plans by pillar, with the checkboxes that choose the plans (default: the plans in force). */
@Controller
class ComparisonController {

    private final PlanComparisons comparisons;
    private final Plans plans;

    ComparisonController(PlanComparisons comparisons, Plans plans) {
        this.comparisons = comparisons;
        this.plans = plans;
    }

    @GetMapping("/plans/comparison")
    String compare(@RequestParam(required = false) List<Long> ids, @RequestParam(required = false) PlanScope scope,
            @RequestParam(required = false) PlanStatus status, Model model, HttpServletResponse response) {
        return FormSubmission.submit(new FormErrors(), response,
                () -> show(ComparisonApiController.choose(comparisons, ids, scope, status, null), Map.of(), model),
                (errors, alert) -> show(comparisons.byIds(List.of()), errors, model));
    }

    private String show(PlanComparison comparison, Map<String, String> errors, Model model) {
        model.addAttribute("comparison", comparison);
        model.addAttribute("chosen", comparison.plans().stream().map(p -> p.id()).toList());
        model.addAttribute("allPlans", plans.search(new PlanFilter(null, null, null)));
        model.addAttribute("statuses", ActivityStatus.values());
        model.addAttribute("errors", errors);
        model.addAttribute("max", PlanComparisons.MAX_PLANS);
        return "plans/comparison";
    }
}
