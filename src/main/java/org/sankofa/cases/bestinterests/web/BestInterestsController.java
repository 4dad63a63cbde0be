package org.sankofa.cases.bestinterests.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sankofa.cases.CaseId;
import org.sankofa.cases.bestinterests.internal.BestInterests;
import org.sankofa.cases.bestinterests.internal.BestInterestsDecision;
import org.sankofa.cases.internal.CaseAccess;
import org.sankofa.cases.web.Sections;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Roles;
import org.sankofa.shared.web.Decision;
import org.sankofa.shared.web.FormErrors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The best interests of a child: assessments, then determinations requested and decided by a supervisor. */
@Controller
@PreAuthorize(Roles.CASE_STAFF)
class BestInterestsController {

    private final CaseAccess cases;
    private final BestInterests bestInterests;

    BestInterestsController(CaseAccess cases, BestInterests bestInterests) {
        this.cases = cases;
        this.bestInterests = bestInterests;
    }

    @GetMapping("/cases/{caseId}/best-interests")
    String section(@PathVariable CaseId caseId, @AuthenticationPrincipal CurrentUser user, HtmxRequest htmx,
            HttpServletResponse response, Model model) {
        return show(caseId, user, Map.of(), Map.of(), htmx, response, model);
    }

    /** The assessment form: the day and the summary of the assessment. */
    record AssessmentForm(String assessedOn, String summary) {
    }

    /** The determination form: the assessment it rests on, the decision proposed and why. */
    record DeterminationForm(String assessmentId, String decision, String reasons) {
    }

    @PostMapping("/cases/{caseId}/best-interests/assessments")
    String assess(@PathVariable CaseId caseId, @ModelAttribute AssessmentForm form,
            @AuthenticationPrincipal CurrentUser user, HtmxRequest htmx, HttpServletResponse response, Model model) {
        cases.editable(user, caseId);
        FormErrors read = new FormErrors();
        LocalDate date = read.date("assessedOn", form.assessedOn(), "care.date.invalid");
        return save(caseId, user, read, () -> bestInterests.assess(user, caseId,
                new BestInterests.NewAssessment(date, form.summary())),
                Sections.values("assessedOn", form.assessedOn(), "summary", form.summary()), htmx, response, model);
    }

    @PostMapping("/cases/{caseId}/best-interests/determinations")
    String request(@PathVariable CaseId caseId, @ModelAttribute DeterminationForm form,
            @AuthenticationPrincipal CurrentUser user, HtmxRequest htmx, HttpServletResponse response, Model model) {
        cases.editable(user, caseId);
        FormErrors read = new FormErrors();
        Long assessment = read.id("assessmentId", form.assessmentId(), "care.code.unknown");
        BestInterestsDecision choice = read.choice("decision", form.decision(), BestInterestsDecision.class,
                "care.code.unknown");
        return save(caseId, user, read, () -> bestInterests.request(user, caseId,
                new BestInterests.NewDetermination(assessment, choice, form.reasons())),
                Sections.values("assessmentId", form.assessmentId(), "decision", form.decision(), "reasons",
                        form.reasons()), htmx, response, model);
    }

    @PostMapping("/cases/{caseId}/best-interests/determinations/{determinationId}/" + Decision.OUTCOME)
    @PreAuthorize(Roles.SUPERVISORS)
    String decideDetermination(@PathVariable CaseId caseId, @PathVariable long determinationId,
            @PathVariable Decision.Outcome outcome, @ModelAttribute Decision decision,
            @AuthenticationPrincipal CurrentUser user, HtmxRequest htmx, HttpServletResponse response, Model model) {
        return decide(caseId, determinationId, outcome, decision, user, htmx, response, model);
    }

    /** A supervisor's decision: its note is the decision form's one field, where every refusal's message shows. */
    private String decide(CaseId caseId, long determinationId, Decision.Outcome outcome, Decision decision,
            CurrentUser user, HtmxRequest htmx, HttpServletResponse response, Model model) {
        return Sections.save(new FormErrors(),
                () -> bestInterests.decide(user, caseId, determinationId, outcome, decision),
                Map.<String, String>of(), Map.<String, String>of(), "care.saved",
                "/cases/" + caseId + "/best-interests", htmx, response, model,
                (messages, values) -> show(caseId, user, onNote(messages), values, htmx, response, model));
    }

    private static Map<String, String> onNote(Map<String, String> errors) {
        Map<String, String> onNote = new HashMap<>();
        errors.values().forEach(message -> onNote.put("note", message));
        return onNote;
    }

    /** The forms of assessments and determinations keep what was typed after a conflict too. */
    private String save(CaseId caseId, CurrentUser user, FormErrors read, Runnable useCase,
            Map<String, String> values, HtmxRequest htmx, HttpServletResponse response, Model model) {
        return Sections.save(read, useCase, values, Map.<String, String>of(), "care.saved",
                "/cases/" + caseId + "/best-interests", htmx, response, model,
                (messages, shown) -> show(caseId, user, messages, shown, htmx, response, model));
    }

    private String show(CaseId caseId, CurrentUser user, Map<String, String> errors, Map<String, String> values,
            HtmxRequest htmx, HttpServletResponse response, Model model) {
        model.addAttribute("care", cases.readable(user, caseId, BestInterests.PART));
        model.addAttribute("assessments", bestInterests.assessments(user, caseId));
        var determinations = bestInterests.determinations(user, caseId);
        model.addAttribute("determinations", determinations);
        model.addAttribute("pending", determinations.stream().anyMatch(BestInterests.Determination::pending));
        model.addAttribute("decisions", BestInterestsDecision.values());
        model.addAttribute("supervisor", user.hasAnyRole(Roles.SUPERVISOR_ROLES));
        model.addAttribute("currentUserId", user.id());
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        model.addAttribute("today", LocalDate.now());
        return Sections.view("best-interests", htmx, response, model);
    }
}
