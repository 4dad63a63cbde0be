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
import org.sankofa.identity.Role;
import org.sankofa.identity.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

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

    @PostMapping("/cases/{caseId}/best-interests/assessments")
    String assess(@PathVariable CaseId caseId, @RequestParam(required = false) String assessedOn,
            @RequestParam(required = false) String summary, @AuthenticationPrincipal CurrentUser user,
            HtmxRequest htmx, HttpServletResponse response, Model model) {
        cases.editable(user, caseId);
        Map<String, String> errors = Sections.errors();
        LocalDate date = Sections.date(assessedOn, "assessedOn", errors);
        return submitKeeping(caseId, user, () -> bestInterests.assess(user, caseId,
                new BestInterests.NewAssessment(date, summary)), errors,
                Sections.values("assessedOn", assessedOn, "summary", summary), htmx, response, model);
    }

    @PostMapping("/cases/{caseId}/best-interests/determinations")
    String request(@PathVariable CaseId caseId, @RequestParam(required = false) String assessmentId,
            @RequestParam(required = false) String decision, @RequestParam(required = false) String reasons,
            @AuthenticationPrincipal CurrentUser user, HtmxRequest htmx, HttpServletResponse response, Model model) {
        cases.editable(user, caseId);
        Map<String, String> errors = Sections.errors();
        Long assessment = Sections.id(assessmentId, "assessmentId", errors);
        BestInterestsDecision choice = Sections.code(BestInterestsDecision.class, decision, "decision", errors);
        return submitKeeping(caseId, user, () -> bestInterests.request(user, caseId,
                new BestInterests.NewDetermination(assessment, choice, reasons)), errors,
                Sections.values("assessmentId", assessmentId, "decision", decision, "reasons", reasons), htmx,
                response, model);
    }

    @PostMapping("/cases/{caseId}/best-interests/determinations/{determinationId}/approve")
    @PreAuthorize(Roles.SUPERVISORS)
    String approve(@PathVariable CaseId caseId, @PathVariable long determinationId,
            @RequestParam(required = false) String note, @AuthenticationPrincipal CurrentUser user,
            HtmxRequest htmx, HttpServletResponse response, Model model) {
        return decide(caseId, determinationId, true, note, user, htmx, response, model);
    }

    @PostMapping("/cases/{caseId}/best-interests/determinations/{determinationId}/reject")
    @PreAuthorize(Roles.SUPERVISORS)
    String reject(@PathVariable CaseId caseId, @PathVariable long determinationId,
            @RequestParam(required = false) String note, @AuthenticationPrincipal CurrentUser user,
            HtmxRequest htmx, HttpServletResponse response, Model model) {
        return decide(caseId, determinationId, false, note, user, htmx, response, model);
    }

    private String decide(CaseId caseId, long determinationId, boolean approve, String note, CurrentUser user,
            HtmxRequest htmx, HttpServletResponse response, Model model) {
        return Sections.submit(() -> bestInterests.decide(user, caseId, determinationId, approve, note),
                Sections.errors(), Map.of(), "care.saved", "/cases/" + caseId + "/best-interests", htmx, response,
                model, (messages, values) -> show(caseId, user, decisionNote(messages), values, htmx, response,
                        model));
    }

    /** A decision's form has one field, its note: every message of a refused decision shows there. */
    private static Map<String, String> decisionNote(Map<String, String> errors) {
        Map<String, String> onNote = new HashMap<>();
        errors.forEach((field, message) -> onNote.put("decisionNote", message));
        return onNote;
    }

    /** The forms of assessments and determinations keep what was typed after a conflict too. */
    private String submitKeeping(CaseId caseId, CurrentUser user, Runnable useCase, Map<String, String> errors,
            Map<String, String> values, HtmxRequest htmx, HttpServletResponse response, Model model) {
        return Sections.submitKeeping(useCase, errors, values, Map.<String, String>of(), "care.saved",
                "/cases/" + caseId + "/best-interests", htmx, response, model,
                (messages, shown) -> show(caseId, user, messages, shown, htmx, response, model));
    }

    private String show(CaseId caseId, CurrentUser user, Map<String, String> errors, Map<String, String> values,
            HtmxRequest htmx, HttpServletResponse response, Model model) {
        model.addAttribute("care", cases.readable(user, caseId));
        model.addAttribute("assessments", bestInterests.assessments(user, caseId));
        var determinations = bestInterests.determinations(user, caseId);
        model.addAttribute("determinations", determinations);
        model.addAttribute("pending", determinations.stream().anyMatch(BestInterests.Determination::pending));
        model.addAttribute("decisions", BestInterestsDecision.values());
        model.addAttribute("supervisor", user.hasRole(Role.CASE_SUPERVISOR));
        model.addAttribute("currentUserId", user.id());
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        model.addAttribute("today", LocalDate.now());
        return Sections.view("best-interests", htmx, response, model);
    }
}
