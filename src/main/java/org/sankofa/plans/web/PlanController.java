package org.sankofa.plans.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Pattern;
import org.sankofa.directory.Communities;
import org.sankofa.directory.Directory;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Roles;
import org.sankofa.plans.ActivityStatus;
import org.sankofa.plans.Pillar;
import org.sankofa.plans.PlanId;
import org.sankofa.plans.PlanScope;
import org.sankofa.plans.PlanStatus;
import org.sankofa.plans.internal.Activities;
import org.sankofa.plans.internal.Activity;
import org.sankofa.shared.DatePrecision;
import org.sankofa.plans.internal.Indicators;
import org.sankofa.plans.internal.Plan;
import org.sankofa.plans.internal.PlanAccess;
import org.sankofa.plans.internal.PlanDraft;
import org.sankofa.plans.internal.PlanFilter;
import org.sankofa.plans.internal.Plans;
import org.sankofa.plans.internal.Scorecards;
import org.sankofa.plans.internal.StrategicAreas;
import org.sankofa.shared.NotFoundException;
import org.sankofa.shared.web.FormErrors;
import org.sankofa.shared.web.FormSubmission;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The plans' pages: the list, a plan with its tree, the plan and activity forms, and the scorecard. */
@Controller
@RequestMapping("/plans")
class PlanController {

    private final Plans plans;
    private final Indicators indicators;
    private final Scorecards scorecards;
    private final PlanAccess access;
    private final Directory directory;
    private final Communities communities;
    private final StrategicAreas strategicAreas;
    private final Activities activities;

    PlanController(Plans plans, Indicators indicators, Scorecards scorecards, PlanAccess access, Directory directory,
            Communities communities, StrategicAreas strategicAreas, Activities activities) {
        this.plans = plans;
        this.indicators = indicators;
        this.scorecards = scorecards;
        this.access = access;
        this.directory = directory;
        this.communities = communities;
        this.strategicAreas = strategicAreas;
        this.activities = activities;
    }

    @GetMapping
    String list(@RequestParam(required = false) PlanScope scope, @RequestParam(required = false) PlanStatus status,
            @RequestParam(required = false) @Pattern(regexp = "^[A-Z]{2}$") String country,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("scope", scope);
        model.addAttribute("status", status);
        model.addAttribute("country", country);
        model.addAttribute("scopes", PlanScope.values());
        model.addAttribute("statuses", PlanStatus.values());
        model.addAttribute("plans", plans.search(new PlanFilter(scope, status, country)));
        model.addAttribute("mayCreate", access.mayCreate(user));
        return "plans/list";
    }

    @GetMapping("/{id}")
    String view(@PathVariable PlanId id, @AuthenticationPrincipal CurrentUser user, Model model) {
        return view(plans.require(id), user, model, Map.of(), null);
    }

    String view(Plan plan, CurrentUser user, Model model, Map<String, String> errors, String errorForm) {
        model.addAttribute("plan", plan);
        model.addAttribute("areas", strategicAreas.of(plan.planId()));
        model.addAttribute("indicators", indicators.forPlan(plan.planId()));
        model.addAttribute("canEdit", access.canEdit(user, Plans.parties(plan)));
        model.addAttribute("canReport", access.canReport(user, Plans.parties(plan)));
        model.addAttribute("pillars", Pillar.values());
        model.addAttribute("errors", errors);
        model.addAttribute("errorForm", errorForm);
        model.addAttribute("adopted", plan.adoptedOn() == null ? null
                : plan.adoptedPrecision().format(plan.adoptedOn(), LocaleContextHolder.getLocale()));
        return "plans/view";
    }

    @GetMapping("/new")
    @PreAuthorize(Roles.COORDINATORS)
    String newForm(Model model) {
        return form(model, PlanForm.empty(), null, Map.of(), null);
    }

    /** The fields of the form that adds a strategic area. */
    record AreaForm(String title, String pillar, String description) {
    }

    /** The field of the form that adds an objective to an area. */
    record ObjectiveForm(String title) {
    }

    /** The version a form that deletes something carries back. */
    record VersionForm(String version) {
    }

    @PostMapping
    @PreAuthorize(Roles.COORDINATORS)
    String create(@ModelAttribute PlanForm form, @AuthenticationPrincipal CurrentUser user, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        FormErrors read = new FormErrors();
        PlanDraft draft = form.draft(read, null);
        return FormSubmission.submit(read, response, () -> {
            Plan created = plans.create(draft, user);
            redirect.addFlashAttribute("message", "plan.created");
            return "redirect:/plans/" + created.id();
        }, (errors, alert) -> form(model, form, null, errors, alert));
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(Roles.COORDINATORS)
    String editForm(@PathVariable PlanId id, @AuthenticationPrincipal CurrentUser user, Model model) {
        Plan plan = plans.editable(id, user);
        return form(model, PlanForm.of(plan), plan, Map.of(), null);
    }

    @PostMapping("/{id}")
    @PreAuthorize(Roles.COORDINATORS)
    String update(@PathVariable PlanId id, @ModelAttribute PlanForm form, @AuthenticationPrincipal CurrentUser user,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Plan plan = plans.editable(id, user);
        FormErrors read = new FormErrors();
        PlanDraft draft = form.draft(read, plan);
        Integer version = read.version(form.version());
        return FormSubmission.submit(read, response, () -> {
            plans.update(id, version, draft, user);
            redirect.addFlashAttribute("message", "plan.updated");
            return "redirect:/plans/" + id;
        }, (errors, alert) -> form(model, form, plan, errors, alert));
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize(Roles.COORDINATORS)
    String delete(@PathVariable PlanId id, @ModelAttribute VersionForm form, @AuthenticationPrincipal CurrentUser user,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Plan plan = plans.editable(id, user);
        // a missing or wrong version is a stale one: the plan is not deleted (409)
        Integer expected = FormErrors.versionOf(form.version());
        return FormSubmission.submit(new FormErrors(), response, () -> {
            plans.delete(id, expected == null ? -1 : expected, user);
            redirect.addFlashAttribute("message", "plan.deleted");
            return "redirect:/plans";
        }, (errors, alert) -> {
            model.addAttribute("alert", alert);
            return view(plan, user, model, errors, null);
        });
    }

    @PostMapping("/{id}/areas")
    @PreAuthorize(Roles.COORDINATORS)
    String addArea(@PathVariable PlanId id, @ModelAttribute AreaForm form, @AuthenticationPrincipal CurrentUser user,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Plan plan = plans.editable(id, user);
        FormErrors read = new FormErrors();
        Pillar pillar = read.choice("pillar", form.pillar(), Pillar.class, FormReading.CHOICE);
        FormReading.alsoCheck(read, () -> strategicAreas.checkArea(form.title(), pillar, form.description()));
        return FormSubmission.submit(read, response, () -> {
            strategicAreas.addArea(id, form.title(), pillar, form.description(), user);
            redirect.addFlashAttribute("message", "plan.area.added");
            return "redirect:/plans/" + id + "#areas";
        }, (errors, alert) -> {
            model.addAttribute("areaForm", Map.of("title", nz(form.title()), "pillar", nz(form.pillar()),
                    "description", nz(form.description())));
            model.addAttribute("alert", alert);
            return view(plan, user, model, errors, "area");
        });
    }

    @PostMapping("/{id}/areas/{areaId}/objectives")
    @PreAuthorize(Roles.COORDINATORS)
    String addObjective(@PathVariable PlanId id, @PathVariable long areaId, @ModelAttribute ObjectiveForm form,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Plan plan = plans.editable(id, user);
        if (!strategicAreas.planOfArea(areaId).equals(id)) {
            throw new NotFoundException("area");
        }
        return FormSubmission.submit(new FormErrors(), response, () -> {
            strategicAreas.addObjective(areaId, form.title(), user);
            redirect.addFlashAttribute("message", "plan.objective.added");
            return "redirect:/plans/" + id + "#area-" + areaId;
        }, (errors, alert) -> {
            model.addAttribute("alert", alert);
            return view(plan, user, model, errors, "objective-" + areaId);
        });
    }

    @GetMapping("/{id}/objectives/{objectiveId}/activities/new")
    @PreAuthorize(Roles.COORDINATORS)
    String newActivity(@PathVariable PlanId id, @PathVariable long objectiveId,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        Plan plan = plans.editable(id, user);
        objectiveOf(id, objectiveId);
        return activityForm(model, plan, objectiveId, null, ActivityForm.empty(), Map.of(), null);
    }

    @PostMapping("/{id}/objectives/{objectiveId}/activities")
    @PreAuthorize(Roles.COORDINATORS)
    String addActivity(@PathVariable PlanId id, @PathVariable long objectiveId, @ModelAttribute ActivityForm form,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Plan plan = plans.editable(id, user);
        objectiveOf(id, objectiveId);
        FormErrors read = new FormErrors();
        var draft = form.draft(read);
        return FormSubmission.submit(read, response, () -> {
            activities.add(objectiveId, draft, user);
            redirect.addFlashAttribute("message", "plan.activity.added");
            return "redirect:/plans/" + id + "#objective-" + objectiveId;
        }, (errors, alert) -> activityForm(model, plan, objectiveId, null, form, errors, alert));
    }

    @GetMapping("/{id}/activities/{activityId}/edit")
    @PreAuthorize(Roles.COORDINATORS)
    String editActivity(@PathVariable PlanId id, @PathVariable long activityId,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        Plan plan = plans.editable(id, user);
        Activity activity = activityOf(id, activityId);
        return activityForm(model, plan, activity.objectiveId(), activity, ActivityForm.of(activity), Map.of(), null);
    }

    @PostMapping("/{id}/activities/{activityId}")
    @PreAuthorize(Roles.COORDINATORS)
    String updateActivity(@PathVariable PlanId id, @PathVariable long activityId, @ModelAttribute ActivityForm form,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Plan plan = plans.editable(id, user);
        Activity activity = activityOf(id, activityId);
        FormErrors read = new FormErrors();
        var draft = form.draft(read);
        Integer version = read.version(form.version());
        return FormSubmission.submit(read, response, () -> {
            activities.update(activityId, version, draft, user);
            redirect.addFlashAttribute("message", "plan.activity.updated");
            return "redirect:/plans/" + id + "#objective-" + activity.objectiveId();
        }, (errors, alert) -> activityForm(model, plan, activity.objectiveId(), activity, form, errors, alert));
    }

    @PostMapping("/{id}/activities/{activityId}/delete")
    @PreAuthorize(Roles.COORDINATORS)
    String deleteActivity(@PathVariable PlanId id, @PathVariable long activityId,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        plans.editable(id, user);
        Activity activity = activityOf(id, activityId);
        activities.delete(activityId, user);
        redirect.addFlashAttribute("message", "plan.activity.deleted");
        return "redirect:/plans/" + id + "#objective-" + activity.objectiveId();
    }

    @GetMapping("/{id}/scorecard")
    String scorecard(@PathVariable PlanId id, Model model) {
        model.addAttribute("card", scorecards.of(id));
        model.addAttribute("statuses", ActivityStatus.values());
        return "plans/scorecard";
    }


    private void objectiveOf(PlanId planId, long objectiveId) {
        if (!strategicAreas.planOfObjective(objectiveId).equals(planId)) {
            throw new NotFoundException("objective");
        }
    }

    private Activity activityOf(PlanId planId, long activityId) {
        Activity activity = activities.activity(activityId).orElseThrow(() -> new NotFoundException("activity"));
        if (!strategicAreas.planOfActivity(activityId).equals(planId)) {
            throw new NotFoundException("activity");
        }
        return activity;
    }

    private String form(Model model, PlanForm form, Plan plan, Map<String, String> errors, String alert) {
        model.addAttribute("form", form);
        model.addAttribute("plan", plan);
        model.addAttribute("errors", errors);
        model.addAttribute("alert", alert);
        model.addAttribute("scopes", PlanScope.values());
        model.addAttribute("statuses", PlanStatus.values());
        model.addAttribute("precisions", DatePrecision.values());
        model.addAttribute("communities", communities.all());
        model.addAttribute("organisations", directory.organisations());
        model.addAttribute("otherPlans", plans.search(new PlanFilter(null, null, null)).stream()
                .filter(p -> plan == null || p.id() != plan.id()).toList());
        return "plans/form";
    }

    private String activityForm(Model model, Plan plan, long objectiveId, Activity activity, ActivityForm form,
            Map<String, String> errors, String alert) {
        model.addAttribute("plan", plan);
        model.addAttribute("objectiveId", objectiveId);
        model.addAttribute("activity", activity);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("alert", alert);
        model.addAttribute("statuses", ActivityStatus.values());
        model.addAttribute("organisations", directory.organisations());
        return "plans/activity-form";
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
