package org.sankofa.plans.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Roles;
import org.sankofa.plans.PlanId;
import org.sankofa.plans.internal.Area;
import org.sankofa.plans.internal.FourEyesRefusal;
import org.sankofa.plans.internal.Plan;
import org.sankofa.plans.internal.PlanAccess;
import org.sankofa.plans.internal.Plans;
import org.sankofa.plans.internal.ProgressReport;
import org.sankofa.plans.internal.ProgressReports;
import org.sankofa.plans.internal.StrategicAreas;
import org.sankofa.shared.ConflictException;
import org.sankofa.shared.web.Decision;
import org.sankofa.shared.web.FormErrors;
import org.sankofa.shared.web.FormSubmission;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Progress reports: a plan's reports with the form that starts one, and a report with its narratives and workflow. */
@Controller
class ReportController {

    private final ProgressReports reports;
    private final Plans plans;
    private final PlanAccess access;
    private final StrategicAreas strategicAreas;

    ReportController(ProgressReports reports, Plans plans, PlanAccess access, StrategicAreas strategicAreas) {
        this.reports = reports;
        this.plans = plans;
        this.access = access;
        this.strategicAreas = strategicAreas;
    }

    @GetMapping("/plans/{id}/reports")
    String list(@PathVariable PlanId id, @AuthenticationPrincipal CurrentUser user, Model model) {
        return list(plans.require(id), user, model, "", Map.of(), null);
    }

    private String list(Plan plan, CurrentUser user, Model model, String period, Map<String, String> errors,
            String alert) {
        model.addAttribute("plan", plan);
        model.addAttribute("reports", reports.forPlan(plan.planId()));
        model.addAttribute("canReport", access.canReport(user, Plans.parties(plan)));
        model.addAttribute("period", period);
        model.addAttribute("errors", errors);
        model.addAttribute("alert", alert);
        return "plans/reports";
    }

    /** The form that starts a report: its period. */
    record NewReportForm(String period) {
    }

    /** The version a form that changes a report carries back. */
    record VersionForm(String version) {
    }

    @PostMapping("/plans/{id}/reports")
    @PreAuthorize(Roles.REPORTERS)
    String create(@PathVariable PlanId id, @ModelAttribute NewReportForm form,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Plan plan = plans.require(id);
        return FormSubmission.submit(new FormErrors(), response, () -> {
            ProgressReport report = reports.create(id, form.period(), user);
            redirect.addFlashAttribute("message", "plan.report.created");
            return "redirect:/reports/" + report.id();
        }, (errors, alert) -> list(plan, user, model, form.period() == null ? "" : form.period(), errors, alert));
    }

    @GetMapping("/reports/{id}")
    String view(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        ProgressReport report = reports.require(id);
        return view(report, report.narratives(), user, model, Map.of(), null);
    }

    private String view(ProgressReport report, Map<Long, String> narratives, CurrentUser user, Model model,
            Map<String, String> errors, String alert) {
        Plan plan = plans.require(PlanId.of(report.planId()));
        PlanAccess.Parties parties = Plans.parties(plan);
        model.addAttribute("report", report);
        model.addAttribute("plan", plan);
        model.addAttribute("areas", strategicAreas.of(plan.planId()));
        model.addAttribute("narratives", narratives);
        model.addAttribute("canReport", access.canReport(user, parties));
        model.addAttribute("canApprove", access.canApprove(user, parties));
        model.addAttribute("ownSubmission", user != null && user.getUsername().equals(report.submittedBy()));
        model.addAttribute("errors", errors);
        model.addAttribute("alert", alert);
        return "plans/report";
    }

    @PostMapping("/reports/{id}")
    @PreAuthorize(Roles.REPORTERS)
    String save(@PathVariable long id, @ModelAttribute VersionForm form, HttpServletRequest request,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        ProgressReport report = reports.require(id);
        Map<Long, String> narratives = new LinkedHashMap<>();
        for (Area area : strategicAreas.of(PlanId.of(report.planId()))) {
            String text = request.getParameter("narrative-" + area.id());
            if (text != null) {
                narratives.put(area.id(), text);
            }
        }
        return transition(report, narratives, user, model, response, redirect, "plan.report.saved",
                () -> reports.saveNarratives(id, versionOf(form.version()), narratives, user));
    }

    @PostMapping("/reports/{id}/submit")
    @PreAuthorize(Roles.REPORTERS)
    String submit(@PathVariable long id, @ModelAttribute VersionForm form,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        ProgressReport report = reports.require(id);
        return transition(report, report.narratives(), user, model, response, redirect, "plan.report.submitted",
                () -> reports.submit(id, versionOf(form.version()), user));
    }

    @PostMapping("/reports/{id}/" + Decision.OUTCOME)
    @PreAuthorize(Roles.COORDINATORS)
    String decide(@PathVariable long id, @PathVariable Decision.Outcome outcome, @ModelAttribute Decision decision,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        ProgressReport report = reports.require(id);
        String done = outcome == Decision.Outcome.APPROVE ? "plan.report.approved" : "plan.report.returned";
        return transition(report, report.narratives(), user, model, response, redirect, done,
                () -> reports.decide(id, outcome, decision, user));
    }

    @PostMapping("/reports/{id}/lock")
    @PreAuthorize(Roles.COORDINATORS)
    String lock(@PathVariable long id, @ModelAttribute VersionForm form,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        ProgressReport report = reports.require(id);
        return transition(report, report.narratives(), user, model, response, redirect, "plan.report.locked",
                () -> reports.lock(id, versionOf(form.version()), user));
    }

    private String transition(ProgressReport report, Map<Long, String> narratives, CurrentUser user, Model model,
            HttpServletResponse response, RedirectAttributes redirect, String message, Runnable action) {
        return FormSubmission.submit(new FormErrors(), response, () -> {
            try {
                action.run();
            } catch (FourEyesRefusal refused) {
                response.setStatus(HttpStatus.FORBIDDEN.value());
                return view(report, narratives, user, model, Map.of(), refused.messageKey());
            }
            redirect.addFlashAttribute("message", message);
            return "redirect:/reports/" + report.id();
        }, (errors, alert) -> view(alert == null ? report : reports.require(report.id()), narratives, user, model,
                errors, alert));
    }

    private static int versionOf(String version) {
        Integer parsed = FormErrors.versionOf(version);
        if (parsed == null) {
            throw new ConflictException("error.stale");
        }
        return parsed;
    }
}
