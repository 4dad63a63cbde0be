package org.sankofa.plans.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import org.sankofa.directory.Directory;
import org.sankofa.identity.CurrentUser;
import org.sankofa.plans.EvaluationKind;
import org.sankofa.plans.FindingRating;
import org.sankofa.plans.PlanId;
import org.sankofa.plans.RecommendationPriority;
import org.sankofa.plans.internal.Evaluation;
import org.sankofa.plans.internal.Evaluations;
import org.sankofa.plans.internal.Plan;
import org.sankofa.plans.internal.Plans;
import org.sankofa.plans.internal.StrategicAreas;
import org.sankofa.shared.ConflictException;
import org.sankofa.shared.FormFields;
import org.sankofa.shared.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Evaluation pages: a plan's evaluations with the form that starts one, and an evaluation with its findings,
 * recommendations, their links to the successor plan, and the forms that change them.
 */
@Controller
class EvaluationController {

    private final Evaluations evaluations;
    private final Plans plans;
    private final Directory directory;
    private final StrategicAreas strategicAreas;

    EvaluationController(Evaluations evaluations, Plans plans, Directory directory, StrategicAreas strategicAreas) {
        this.evaluations = evaluations;
        this.plans = plans;
        this.directory = directory;
        this.strategicAreas = strategicAreas;
    }

    @GetMapping("/plans/{id}/evaluations")
    String list(@PathVariable PlanId id, @AuthenticationPrincipal CurrentUser user, Model model) {
        return list(plans.require(id), user, model, EvaluationForm.empty(), Map.of(), null);
    }

    private String list(Plan plan, CurrentUser user, Model model, EvaluationForm form, Map<String, String> errors,
            String alert) {
        model.addAttribute("plan", plan);
        model.addAttribute("evaluations", evaluations.forPlan(plan.planId()));
        model.addAttribute("canWrite", evaluations.canWrite(user, plan));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("alert", alert);
        model.addAttribute("kinds", EvaluationKind.values());
        model.addAttribute("organisations", directory.organisations());
        return "plans/evaluations";
    }

    @PostMapping("/plans/{id}/evaluations")
    @PreAuthorize(IndicatorApiController.REPORTERS)
    String create(@PathVariable PlanId id, @ModelAttribute EvaluationForm form,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Plan plan = plans.require(id);
        Forms forms = new Forms();
        var draft = form.draft(forms);
        try {
            if (!forms.ok()) {
                evaluations.validate(id, draft); // names the other wrong fields too
                throw new InvalidInputException(forms.errors());
            }
            Evaluation created = evaluations.create(id, draft, user);
            redirect.addFlashAttribute("message", "evaluation.created");
            return "redirect:/evaluations/" + created.id();
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return list(plan, user, model, form, forms.with(e), null);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return list(plan, user, model, form, Map.of(), e.messageKey());
        }
    }

    @GetMapping("/evaluations/{id}")
    String view(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        Evaluation evaluation = evaluations.require(id);
        return view(evaluation, user, model, EvaluationForm.of(evaluation), Map.of(), null, null);
    }

    private String view(Evaluation evaluation, CurrentUser user, Model model, EvaluationForm form,
            Map<String, String> errors, String errorForm, String alert) {
        Plan plan = plans.require(PlanId.of(evaluation.planId()));
        boolean canWrite = evaluations.canWrite(user, plan);
        Plan successor = evaluation.successorPlanId() == null ? null : plans.require(PlanId.of(evaluation.successorPlanId()));
        model.addAttribute("evaluation", evaluation);
        model.addAttribute("plan", plan);
        model.addAttribute("areas", strategicAreas.of(plan.planId()));
        model.addAttribute("successor", successor);
        model.addAttribute("successorAreas", successor == null ? List.of() : strategicAreas.of(successor.planId()));
        model.addAttribute("canWrite", canWrite);
        model.addAttribute("editable", canWrite && !evaluation.locked());
        model.addAttribute("canLink", canWrite && successor != null && evaluations.canWrite(user, successor));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("errorForm", errorForm);
        model.addAttribute("noErrors", Map.of());
        model.addAttribute("alert", alert);
        model.addAttribute("kinds", EvaluationKind.values());
        model.addAttribute("ratings", FindingRating.values());
        model.addAttribute("priorities", RecommendationPriority.values());
        model.addAttribute("organisations", directory.organisations());
        return "plans/evaluation";
    }

    @PostMapping("/evaluations/{id}")
    @PreAuthorize(IndicatorApiController.REPORTERS)
    String update(@PathVariable long id, @ModelAttribute EvaluationForm form,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Evaluation evaluation = evaluations.require(id);
        Forms forms = new Forms();
        var draft = form.draft(forms);
        Integer version = FormFields.version(form.version());
        if (version == null) {
            forms.errors().put("version", "error.400.detail");
        }
        if (!forms.ok()) {
            try {
                evaluations.validate(PlanId.of(evaluation.planId()), draft); // names the other wrong fields too
            } catch (InvalidInputException e) {
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
                return view(evaluation, user, model, form, forms.with(e), "details", null);
            }
        }
        return change(evaluation, user, model, response, redirect, form, forms, "details", "evaluation.updated",
                () -> evaluations.update(id, version, draft, user));
    }

    @PostMapping("/evaluations/{id}/finalise")
    @PreAuthorize(IndicatorApiController.REPORTERS)
    String finalise(@PathVariable long id, @RequestParam(required = false) String version,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Evaluation evaluation = evaluations.require(id);
        Integer expected = FormFields.version(version);
        return change(evaluation, user, model, response, redirect, null, new Forms(), "finalise",
                "evaluation.finalised", () -> evaluations.finalise(id, expected == null ? -1 : expected, user));
    }

    @PostMapping("/evaluations/{id}/delete")
    @PreAuthorize(IndicatorApiController.REPORTERS)
    String delete(@PathVariable long id, @RequestParam(required = false) String version,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Evaluation evaluation = evaluations.require(id);
        Integer expected = FormFields.version(version);
        try {
            evaluations.delete(id, expected == null ? -1 : expected, user);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return view(evaluation, user, model, EvaluationForm.of(evaluation), Map.of(), null, e.messageKey());
        }
        redirect.addFlashAttribute("message", "evaluation.deleted");
        return "redirect:/plans/" + evaluation.planId() + "/evaluations";
    }

    @PostMapping("/evaluations/{id}/findings")
    @PreAuthorize(IndicatorApiController.REPORTERS)
    String addFinding(@PathVariable long id, @RequestParam(required = false) String area,
            @RequestParam(required = false) String rating, @RequestParam(required = false) String text,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Evaluation evaluation = evaluations.require(id);
        Forms forms = new Forms();
        Long areaId = forms.id("area", area);
        FindingRating chosen = forms.choice("rating", rating, FindingRating.class);
        model.addAttribute("findingForm", Map.of("area", nz(area), "rating", nz(rating), "text", nz(text)));
        return change(evaluation, user, model, response, redirect, null, forms, "finding", "evaluation.finding.added",
                () -> evaluations.addFinding(id, areaId, chosen, text, user));
    }

    @PostMapping("/evaluations/{id}/findings/{findingId}/delete")
    @PreAuthorize(IndicatorApiController.REPORTERS)
    String deleteFinding(@PathVariable long id, @PathVariable long findingId,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Evaluation evaluation = evaluations.require(id);
        return change(evaluation, user, model, response, redirect, null, new Forms(), "finding",
                "evaluation.finding.deleted", () -> {
                    evaluations.deleteFinding(id, findingId, user);
                    return null;
                });
    }

    @PostMapping("/evaluations/{id}/recommendations")
    @PreAuthorize(IndicatorApiController.REPORTERS)
    String addRecommendation(@PathVariable long id, @RequestParam(required = false) String text,
            @RequestParam(required = false) String area, @RequestParam(required = false) String priority,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Evaluation evaluation = evaluations.require(id);
        Forms forms = new Forms();
        Long areaId = forms.id("area", area);
        RecommendationPriority chosen = forms.choice("priority", priority, RecommendationPriority.class);
        model.addAttribute("recommendationForm", Map.of("area", nz(area), "priority", nz(priority), "text", nz(text)));
        return change(evaluation, user, model, response, redirect, null, forms, "recommendation",
                "evaluation.recommendation.added",
                () -> evaluations.addRecommendation(id, text, areaId, chosen, user));
    }

    @PostMapping("/evaluations/{id}/recommendations/{recommendationId}/delete")
    @PreAuthorize(IndicatorApiController.REPORTERS)
    String deleteRecommendation(@PathVariable long id, @PathVariable long recommendationId,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Evaluation evaluation = evaluations.require(id);
        return change(evaluation, user, model, response, redirect, null, new Forms(), "recommendation",
                "evaluation.recommendation.deleted", () -> {
                    evaluations.deleteRecommendation(id, recommendationId, user);
                    return null;
                });
    }

    /** {@code target} is {@code area-<id>}, {@code objective-<id>} or empty (unlink). */
    @PostMapping("/evaluations/{id}/recommendations/{recommendationId}/link")
    @PreAuthorize(IndicatorApiController.REPORTERS)
    String link(@PathVariable long id, @PathVariable long recommendationId,
            @RequestParam(required = false) String target, @RequestParam(required = false) String version,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Evaluation evaluation = evaluations.require(id);
        Forms forms = new Forms();
        Long area = null;
        Long objective = null;
        String t = target == null ? "" : target.strip();
        if (t.startsWith("area-")) {
            area = forms.id("successorArea", t.substring(5));
        } else if (t.startsWith("objective-")) {
            objective = forms.id("successorArea", t.substring(10));
        } else if (!t.isEmpty()) {
            forms.errors().put("successorArea", "plan.form.choice");
        }
        Integer expected = FormFields.version(version);
        Long chosenArea = area;
        Long chosenObjective = objective;
        return change(evaluation, user, model, response, redirect, null, forms, "link-" + recommendationId,
                t.isEmpty() ? "evaluation.recommendation.unlinked" : "evaluation.recommendation.linked", () -> {
                    evaluations.link(id, recommendationId, expected == null ? -1 : expected, chosenArea,
                            chosenObjective, user);
                    return null;
                });
    }

    /** Runs a change; on success back to the evaluation, else the page again with the reasons (422 or 409). */
    private String change(Evaluation evaluation, CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect, EvaluationForm form, Forms forms, String errorForm, String message,
            Supplier<Object> action) {
        EvaluationForm shown = form == null ? EvaluationForm.of(evaluation) : form;
        try {
            if (!forms.ok()) {
                throw new InvalidInputException(new LinkedHashMap<>(forms.errors()));
            }
            action.get();
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return view(evaluation, user, model, shown, forms.with(e), errorForm, null);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return view(evaluation, user, model, shown, Map.of(), errorForm, e.messageKey());
        }
        redirect.addFlashAttribute("message", message);
        String anchor = errorForm.startsWith("link-") ? "#recommendation-" + errorForm.substring(5)
                : errorForm.equals("finding") ? "#findings" : errorForm.equals("recommendation") ? "#recommendations"
                : "";
        return "redirect:/evaluations/" + evaluation.id() + anchor;
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
