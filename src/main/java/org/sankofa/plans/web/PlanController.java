package org.sankofa.plans.web;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Pattern;
import org.sankofa.directory.Communities;
import org.sankofa.directory.Countries;
import org.sankofa.directory.Directory;
import org.sankofa.identity.CurrentUser;
import org.sankofa.plans.ActivityStatus;
import org.sankofa.plans.Pillar;
import org.sankofa.plans.PlanId;
import org.sankofa.plans.PlanScope;
import org.sankofa.plans.PlanStatus;
import org.sankofa.plans.internal.Activities;
import org.sankofa.plans.internal.Activity;
import org.sankofa.plans.internal.DatePrecision;
import org.sankofa.plans.internal.Indicators;
import org.sankofa.plans.internal.Plan;
import org.sankofa.plans.internal.PlanAccess;
import org.sankofa.plans.internal.PlanDraft;
import org.sankofa.plans.internal.PlanFilter;
import org.sankofa.plans.internal.Plans;
import org.sankofa.plans.internal.Scorecards;
import org.sankofa.plans.internal.StrategicAreas;
import org.sankofa.shared.ConflictException;
import org.sankofa.shared.FormFields;
import org.sankofa.shared.InvalidInputException;
import org.sankofa.shared.NotFoundException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
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
    private final Countries countries;
    private final Communities communities;
    private final StrategicAreas strategicAreas;
    private final Activities activities;

    PlanController(Plans plans, Indicators indicators, Scorecards scorecards, PlanAccess access, Directory directory,
            Countries countries, Communities communities, StrategicAreas strategicAreas, Activities activities) {
        this.plans = plans;
        this.indicators = indicators;
        this.scorecards = scorecards;
        this.access = access;
        this.directory = directory;
        this.countries = countries;
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
        model.addAttribute("countries", countries.all(LocaleContextHolder.getLocale()));
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
    @PreAuthorize(PlanApiController.EDITORS)
    String newForm(Model model) {
        return form(model, PlanForm.empty(), null, Map.of(), null);
    }

    @PostMapping
    @PreAuthorize(PlanApiController.EDITORS)
    String create(@ModelAttribute PlanForm form, @AuthenticationPrincipal CurrentUser user, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Forms forms = new Forms();
        PlanDraft draft = form.draft(forms, null);
        if (!forms.ok()) {
            return invalid(model, response, form, null, forms.errors());
        }
        try {
            Plan created = plans.create(draft, user);
            redirect.addFlashAttribute("message", "plan.created");
            return "redirect:/plans/" + created.id();
        } catch (InvalidInputException e) {
            return invalid(model, response, form, null, forms.with(e));
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(PlanApiController.EDITORS)
    String editForm(@PathVariable PlanId id, @AuthenticationPrincipal CurrentUser user, Model model) {
        Plan plan = plans.editable(id, user);
        return form(model, PlanForm.of(plan), plan, Map.of(), null);
    }

    @PostMapping("/{id}")
    @PreAuthorize(PlanApiController.EDITORS)
    String update(@PathVariable PlanId id, @ModelAttribute PlanForm form, @AuthenticationPrincipal CurrentUser user,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Plan plan = plans.editable(id, user);
        Forms forms = new Forms();
        PlanDraft draft = form.draft(forms, plan);
        Integer version = FormFields.version(form.version());
        if (version == null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, form, plan, Map.of(), "error.400.detail");
        }
        if (!forms.ok()) {
            return invalid(model, response, form, plan, forms.errors());
        }
        try {
            plans.update(id, version, draft, user);
            redirect.addFlashAttribute("message", "plan.updated");
            return "redirect:/plans/" + id;
        } catch (InvalidInputException e) {
            return invalid(model, response, form, plan, forms.with(e));
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return form(model, form, plan, Map.of(), e.messageKey());
        }
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize(PlanApiController.EDITORS)
    String delete(@PathVariable PlanId id, @RequestParam(required = false) String version,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Plan plan = plans.editable(id, user);
        Integer expected = FormFields.version(version);
        try {
            plans.delete(id, expected == null ? -1 : expected, user);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("alert", e.messageKey());
            return view(plan, user, model, Map.of(), null);
        }
        redirect.addFlashAttribute("message", "plan.deleted");
        return "redirect:/plans";
    }

    @PostMapping("/{id}/areas")
    @PreAuthorize(PlanApiController.EDITORS)
    String addArea(@PathVariable PlanId id, @RequestParam(required = false) String title,
            @RequestParam(required = false) String pillar, @RequestParam(required = false) String description,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Plan plan = plans.editable(id, user);
        Forms forms = new Forms();
        Pillar chosen = forms.choice("pillar", pillar, Pillar.class);
        try {
            // an unknown pillar is passed on as none, so that the other fields are checked too
            strategicAreas.addArea(id, title, chosen, description, user);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("areaForm", Map.of("title", nz(title), "pillar", nz(pillar), "description",
                    nz(description)));
            return view(plan, user, model, forms.with(e), "area");
        }
        redirect.addFlashAttribute("message", "plan.area.added");
        return "redirect:/plans/" + id + "#areas";
    }

    @PostMapping("/{id}/areas/{areaId}/objectives")
    @PreAuthorize(PlanApiController.EDITORS)
    String addObjective(@PathVariable PlanId id, @PathVariable long areaId,
            @RequestParam(required = false) String title, @AuthenticationPrincipal CurrentUser user, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Plan plan = plans.editable(id, user);
        if (!strategicAreas.planOfArea(areaId).equals(id)) {
            throw new NotFoundException("area");
        }
        try {
            strategicAreas.addObjective(areaId, title, user);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return view(plan, user, model, e.fieldErrors(), "objective-" + areaId);
        }
        redirect.addFlashAttribute("message", "plan.objective.added");
        return "redirect:/plans/" + id + "#area-" + areaId;
    }

    @GetMapping("/{id}/objectives/{objectiveId}/activities/new")
    @PreAuthorize(PlanApiController.EDITORS)
    String newActivity(@PathVariable PlanId id, @PathVariable long objectiveId,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        Plan plan = plans.editable(id, user);
        objectiveOf(id, objectiveId);
        return activityForm(model, plan, objectiveId, null, ActivityForm.empty(), Map.of(), null);
    }

    @PostMapping("/{id}/objectives/{objectiveId}/activities")
    @PreAuthorize(PlanApiController.EDITORS)
    String addActivity(@PathVariable PlanId id, @PathVariable long objectiveId, @ModelAttribute ActivityForm form,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Plan plan = plans.editable(id, user);
        objectiveOf(id, objectiveId);
        Forms forms = new Forms();
        var draft = form.draft(forms);
        try {
            if (!forms.ok()) {
                throw new InvalidInputException(forms.errors());
            }
            activities.add(objectiveId, draft, user);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return activityForm(model, plan, objectiveId, null, form, forms.with(e), null);
        }
        redirect.addFlashAttribute("message", "plan.activity.added");
        return "redirect:/plans/" + id + "#objective-" + objectiveId;
    }

    @GetMapping("/{id}/activities/{activityId}/edit")
    @PreAuthorize(PlanApiController.EDITORS)
    String editActivity(@PathVariable PlanId id, @PathVariable long activityId,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        Plan plan = plans.editable(id, user);
        Activity activity = activityOf(id, activityId);
        return activityForm(model, plan, activity.objectiveId(), activity, ActivityForm.of(activity), Map.of(), null);
    }

    @PostMapping("/{id}/activities/{activityId}")
    @PreAuthorize(PlanApiController.EDITORS)
    String updateActivity(@PathVariable PlanId id, @PathVariable long activityId, @ModelAttribute ActivityForm form,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Plan plan = plans.editable(id, user);
        Activity activity = activityOf(id, activityId);
        Forms forms = new Forms();
        var draft = form.draft(forms);
        Integer version = FormFields.version(form.version());
        try {
            if (version == null) {
                forms.errors().put("version", "error.400.detail");
            }
            if (!forms.ok()) {
                throw new InvalidInputException(forms.errors());
            }
            activities.update(activityId, version, draft, user);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return activityForm(model, plan, activity.objectiveId(), activity, form, forms.with(e), null);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return activityForm(model, plan, activity.objectiveId(), activity, form, Map.of(), e.messageKey());
        }
        redirect.addFlashAttribute("message", "plan.activity.updated");
        return "redirect:/plans/" + id + "#objective-" + activity.objectiveId();
    }

    @PostMapping("/{id}/activities/{activityId}/delete")
    @PreAuthorize(PlanApiController.EDITORS)
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

    private String invalid(Model model, HttpServletResponse response, PlanForm form, Plan plan,
            Map<String, String> errors) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return form(model, form, plan, errors, null);
    }

    private String form(Model model, PlanForm form, Plan plan, Map<String, String> errors, String alert) {
        Locale locale = LocaleContextHolder.getLocale();
        model.addAttribute("form", form);
        model.addAttribute("plan", plan);
        model.addAttribute("errors", errors);
        model.addAttribute("alert", alert);
        model.addAttribute("scopes", PlanScope.values());
        model.addAttribute("statuses", PlanStatus.values());
        model.addAttribute("precisions", DatePrecision.values());
        model.addAttribute("countries", countries.all(locale));
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
