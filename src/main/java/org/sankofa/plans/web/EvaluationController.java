package org.sankofa.plans.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.sankofa.directory.Directory;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Roles;
import org.sankofa.plans.EvaluationKind;
import org.sankofa.plans.FindingRating;
import org.sankofa.plans.PlanId;
import org.sankofa.plans.RecommendationPriority;
import org.sankofa.plans.internal.Evaluation;
import org.sankofa.plans.internal.Evaluations;
import org.sankofa.plans.internal.Plan;
import org.sankofa.plans.internal.Plans;
import org.sankofa.plans.internal.StrategicAreas;
import org.sankofa.shared.web.FormErrors;
import org.sankofa.shared.web.FormSubmission;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
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
    @PreAuthorize(Roles.REPORTERS)
    String create(@PathVariable PlanId id, @ModelAttribute EvaluationForm form,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Plan plan = plans.require(id);
        FormErrors read = new FormErrors();
        var draft = form.draft(read);
        FormReading.alsoCheck(read, () -> evaluations.validate(id, draft));
        return FormSubmission.submit(read, response, () -> {
            Evaluation created = evaluations.create(id, draft, user);
            redirect.addFlashAttribute("message", "evaluation.created");
            return "redirect:/evaluations/" + created.id();
        }, (errors, alert) -> list(plan, user, model, form, errors, alert));
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

    /** A finding: the area it is about (none: the plan as a whole), its rating and its text. */
    record FindingForm(String area, String rating, String text) {
    }

    /** A recommendation: its text, the area it is about (optional) and its priority. */
    record RecommendationForm(String text, String area, String priority) {
    }

    /** Where the successor plan takes a recommendation up: {@code area-<id>}, {@code objective-<id>} or empty. */
    record LinkForm(String target, String version) {
    }

    /** The version a form that changes a state carries back. */
    record VersionForm(String version) {
    }

    @PostMapping("/evaluations/{id}")
    @PreAuthorize(Roles.REPORTERS)
    String update(@PathVariable long id, @ModelAttribute EvaluationForm form,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Evaluation evaluation = evaluations.require(id);
        FormErrors read = new FormErrors();
        var draft = form.draft(read);
        Integer version = read.version(form.version());
        FormReading.alsoCheck(read, () -> evaluations.validate(PlanId.of(evaluation.planId()), draft));
        return change(evaluation, user, model, response, redirect, form, read, "details", "evaluation.updated",
                () -> evaluations.update(id, version, draft, user));
    }

    @PostMapping("/evaluations/{id}/finalise")
    @PreAuthorize(Roles.REPORTERS)
    String finalise(@PathVariable long id, @ModelAttribute VersionForm form,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Evaluation evaluation = evaluations.require(id);
        int expected = versionOrStale(form.version());
        return change(evaluation, user, model, response, redirect, null, new FormErrors(), "finalise",
                "evaluation.finalised", () -> evaluations.finalise(id, expected, user));
    }

    @PostMapping("/evaluations/{id}/delete")
    @PreAuthorize(Roles.REPORTERS)
    String delete(@PathVariable long id, @ModelAttribute VersionForm form,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Evaluation evaluation = evaluations.require(id);
        int expected = versionOrStale(form.version());
        return FormSubmission.submit(new FormErrors(), response, () -> {
            evaluations.delete(id, expected, user);
            redirect.addFlashAttribute("message", "evaluation.deleted");
            return "redirect:/plans/" + evaluation.planId() + "/evaluations";
        }, (errors, alert) -> view(evaluation, user, model, EvaluationForm.of(evaluation), errors, null, alert));
    }

    @PostMapping("/evaluations/{id}/findings")
    @PreAuthorize(Roles.REPORTERS)
    String addFinding(@PathVariable long id, @ModelAttribute FindingForm form,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Evaluation evaluation = evaluations.require(id);
        FormErrors read = new FormErrors();
        Long areaId = read.id("area", form.area());
        FindingRating rating = read.choice("rating", form.rating(), FindingRating.class, FormReading.CHOICE);
        model.addAttribute("findingForm", Map.of("area", nz(form.area()), "rating", nz(form.rating()), "text",
                nz(form.text())));
        return change(evaluation, user, model, response, redirect, null, read, "finding", "evaluation.finding.added",
                () -> evaluations.addFinding(id, areaId, rating, form.text(), user));
    }

    @PostMapping("/evaluations/{id}/findings/{findingId}/delete")
    @PreAuthorize(Roles.REPORTERS)
    String deleteFinding(@PathVariable long id, @PathVariable long findingId,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Evaluation evaluation = evaluations.require(id);
        return change(evaluation, user, model, response, redirect, null, new FormErrors(), "finding",
                "evaluation.finding.deleted", () -> evaluations.deleteFinding(id, findingId, user));
    }

    @PostMapping("/evaluations/{id}/recommendations")
    @PreAuthorize(Roles.REPORTERS)
    String addRecommendation(@PathVariable long id, @ModelAttribute RecommendationForm form,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Evaluation evaluation = evaluations.require(id);
        FormErrors read = new FormErrors();
        Long areaId = read.id("area", form.area());
        RecommendationPriority priority = read.choice("priority", form.priority(), RecommendationPriority.class,
                FormReading.CHOICE);
        model.addAttribute("recommendationForm", Map.of("area", nz(form.area()), "priority", nz(form.priority()),
                "text", nz(form.text())));
        return change(evaluation, user, model, response, redirect, null, read, "recommendation",
                "evaluation.recommendation.added",
                () -> evaluations.addRecommendation(id, form.text(), areaId, priority, user));
    }

    @PostMapping("/evaluations/{id}/recommendations/{recommendationId}/delete")
    @PreAuthorize(Roles.REPORTERS)
    String deleteRecommendation(@PathVariable long id, @PathVariable long recommendationId,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Evaluation evaluation = evaluations.require(id);
        return change(evaluation, user, model, response, redirect, null, new FormErrors(), "recommendation",
                "evaluation.recommendation.deleted", () -> evaluations.deleteRecommendation(id, recommendationId,
                        user));
    }

    @PostMapping("/evaluations/{id}/recommendations/{recommendationId}/link")
    @PreAuthorize(Roles.REPORTERS)
    String link(@PathVariable long id, @PathVariable long recommendationId, @ModelAttribute LinkForm form,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Evaluation evaluation = evaluations.require(id);
        FormErrors read = new FormErrors();
        Long area = null;
        Long objective = null;
        String t = form.target() == null ? "" : form.target().strip();
        if (t.startsWith("area-")) {
            area = read.id("successorArea", t.substring(5));
        } else if (t.startsWith("objective-")) {
            objective = read.id("successorArea", t.substring(10));
        } else if (!t.isEmpty()) {
            read.reject("successorArea", FormReading.CHOICE);
        }
        int expected = versionOrStale(form.version());
        Long chosenArea = area;
        Long chosenObjective = objective;
        return change(evaluation, user, model, response, redirect, null, read, "link-" + recommendationId,
                t.isEmpty() ? "evaluation.recommendation.unlinked" : "evaluation.recommendation.linked",
                () -> evaluations.link(id, recommendationId, expected, chosenArea, chosenObjective, user));
    }

    /** Runs a change; on success back to the evaluation, else the page again with the reasons (422 or 409). */
    private String change(Evaluation evaluation, CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect, EvaluationForm form, FormErrors read, String errorForm, String message,
            Runnable action) {
        EvaluationForm shown = form == null ? EvaluationForm.of(evaluation) : form;
        return FormSubmission.submit(read, response, () -> {
            action.run();
            redirect.addFlashAttribute("message", message);
            String anchor = errorForm.startsWith("link-") ? "#recommendation-" + errorForm.substring(5)
                    : errorForm.equals("finding") ? "#findings"
                    : errorForm.equals("recommendation") ? "#recommendations" : "";
            return "redirect:/evaluations/" + evaluation.id() + anchor;
        }, (errors, alert) -> view(evaluation, user, model, shown, errors, errorForm, alert));
    }

    /** The version a form carries back; a missing or wrong one is a stale one (409). */
    private static int versionOrStale(String version) {
        Integer parsed = FormErrors.versionOf(version);
        return parsed == null ? -1 : parsed;
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
