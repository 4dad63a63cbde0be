package org.sankofa.programmes.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Pattern;
import org.sankofa.identity.CurrentUser;
import org.sankofa.plans.IndicatorValues;
import org.sankofa.plans.PlanActivities;
import org.sankofa.programmes.TargetMeasure;
import org.sankofa.programmes.internal.TargetDraft;
import org.sankofa.programmes.ProgrammeId;
import org.sankofa.programmes.internal.Programme;
import org.sankofa.programmes.internal.ProgrammeAccess;
import org.sankofa.programmes.internal.ProgrammeDraft;
import org.sankofa.programmes.internal.ProgrammeFilter;
import org.sankofa.programmes.internal.Programmes;
import org.sankofa.programmes.internal.Targets;
import org.sankofa.shared.InvalidInputException;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The programmes' pages: the list with its filters, a programme with its targets and progress, the form. */
@Controller
@RequestMapping("/programmes")
class ProgrammeController {

    private final Programmes programmes;
    private final ProgrammeAccess access;
    private final PlanActivities activities;
    private final Targets targets;
    private final IndicatorValues indicators;

    ProgrammeController(Programmes programmes, ProgrammeAccess access, PlanActivities activities, Targets targets,
            IndicatorValues indicators) {
        this.indicators = indicators;
        this.programmes = programmes;
        this.access = access;
        this.activities = activities;
        this.targets = targets;
    }

    @GetMapping
    @PreAuthorize(ProgrammeAccess.READERS)
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long donor,
            @RequestParam(required = false) @Pattern(regexp = "^[A-Z]{2}$") String country,
            @RequestParam(required = false) String running, @AuthenticationPrincipal CurrentUser user,
            Model model) {
        boolean runningOnly = "true".equals(running);
        ProgrammeFilter filter = new ProgrammeFilter(q, donor, country,
                runningOnly ? LocalDate.now(ZoneOffset.UTC) : null);
        model.addAttribute("filter", filter);
        model.addAttribute("running", runningOnly);
        model.addAttribute("organisations", programmes.organisations());
        model.addAttribute("found", programmes.search(filter, user));
        model.addAttribute("mayCreate", access.mayCreate(user));
        return "programmes/list";
    }

    @GetMapping("/{id}")
    @PreAuthorize(ProgrammeAccess.READERS)
    String view(@PathVariable ProgrammeId id, @RequestParam(required = false) String period,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        return page(programmes.readable(id, user), user, model, Map.of(), null, null);
    }

    private String page(Programme programme, CurrentUser user, Model model, Map<String, String> errors,
            String alert, TargetForm targetForm) {
        model.addAttribute("programme", programme);
        boolean canEdit = access.canEdit(user, programme.implementerIds());
        model.addAttribute("canEdit", canEdit);
        model.addAttribute("progress", targets.progress(programme));
        model.addAttribute("enrolled", targets.enrolledCount(programme));
        model.addAttribute("served", targets.served(programme));
        model.addAttribute("today", LocalDate.now(ZoneOffset.UTC));
        model.addAttribute("errors", errors);
        model.addAttribute("alert", alert);
        model.addAttribute("targetForm", targetForm);
        if (canEdit) {
            model.addAttribute("measures", TargetMeasure.values());
            model.addAttribute("indicatorChoices", indicators.manualIndicators());
        }
        return "programmes/view";
    }

    @PostMapping("/{id}/targets")
    @PreAuthorize(ProgrammeAccess.EDITORS)
    String addTarget(@PathVariable ProgrammeId id, @ModelAttribute TargetForm form,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Programme programme = programmes.editable(id, user);
        FormErrors read = new FormErrors();
        TargetDraft draft = form.draft(read);
        return FormSubmission.submit(read, response, () -> {
            targets.add(id, draft, user);
            redirect.addFlashAttribute("message", "programme.target.added");
            return "redirect:/programmes/" + id + "#targets-heading";
        }, (errors, alert) -> page(programme, user, model, errors, alert, form));
    }

    @PostMapping("/{id}/targets/{target}/remove")
    @PreAuthorize(ProgrammeAccess.EDITORS)
    String removeTarget(@PathVariable ProgrammeId id, @PathVariable long target,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        targets.remove(id, target, user);
        redirect.addFlashAttribute("message", "programme.target.removed");
        return "redirect:/programmes/" + id + "#targets-heading";
    }

    @GetMapping("/new")
    @PreAuthorize(ProgrammeAccess.EDITORS)
    String newForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        return form(model, ProgrammeForm.empty(user.organisationId()), null, Map.of(), null);
    }

    @PostMapping
    @PreAuthorize(ProgrammeAccess.EDITORS)
    String create(@ModelAttribute ProgrammeForm form, @AuthenticationPrincipal CurrentUser user, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        FormErrors read = new FormErrors();
        ProgrammeDraft draft = form.draft(read);
        alsoCheck(read, draft, null, user);
        return FormSubmission.submit(read, response, () -> {
            Programme created = programmes.create(draft, user);
            redirect.addFlashAttribute("message", "programme.created");
            return "redirect:/programmes/" + created.id();
        }, (errors, alert) -> form(model, form, null, errors, alert));
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(ProgrammeAccess.EDITORS)
    String editForm(@PathVariable ProgrammeId id, @AuthenticationPrincipal CurrentUser user, Model model) {
        Programme programme = programmes.editable(id, user);
        return form(model, ProgrammeForm.of(programme), programme, Map.of(), null);
    }

    @PostMapping("/{id}")
    @PreAuthorize(ProgrammeAccess.EDITORS)
    String update(@PathVariable ProgrammeId id, @ModelAttribute ProgrammeForm form,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Programme programme = programmes.editable(id, user);
        FormErrors read = new FormErrors();
        ProgrammeDraft draft = form.draft(read);
        alsoCheck(read, draft, programme.id(), user);
        return FormSubmission.submit(read, form.version(), response, version -> {
            programmes.update(id, version, draft, user);
            redirect.addFlashAttribute("message", "programme.updated");
            return "redirect:/programmes/" + id;
        }, (errors, alert) -> form(model, form, programme, errors, alert));
    }

    /** When a value could not be read, checks the rules on what was read too, so that every wrong field is named. */
    private void alsoCheck(FormErrors read, ProgrammeDraft draft, Long id, CurrentUser user) {
        if (read.ok()) {
            return;
        }
        try {
            programmes.check(draft, id, user);
        } catch (InvalidInputException refused) {
            refused.fieldErrors().forEach((field, key) -> {
                if (!read.asMap().containsKey(field)) {
                    read.reject(field, key);
                }
            });
        } catch (RuntimeException unreadable) {
            // a value that could not be read leaves nothing more to check
        }
    }

    private String form(Model model, ProgrammeForm form, Programme programme, Map<String, String> errors,
            String alert) {
        model.addAttribute("form", form);
        model.addAttribute("programme", programme);
        model.addAttribute("errors", errors);
        model.addAttribute("alert", alert);
        model.addAttribute("organisations", programmes.organisations());
        model.addAttribute("activities", activities.all());
        return "programmes/form";
    }
}
