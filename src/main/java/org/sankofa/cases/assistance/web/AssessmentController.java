package org.sankofa.cases.assistance.web;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sankofa.cases.CaseId;
import org.sankofa.cases.assistance.Need;
import org.sankofa.cases.assistance.NeedLevel;
import org.sankofa.cases.assistance.RiskFactor;
import org.sankofa.cases.assistance.RiskLevel;
import org.sankofa.cases.assistance.internal.Assessments;
import org.sankofa.cases.internal.CaseAccess;
import org.sankofa.cases.web.Sections;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Needs and re-trafficking risk assessments: the current one and the history, newest first. */
@Controller
@PreAuthorize(Roles.CASE_STAFF)
class AssessmentController {

    private final CaseAccess cases;
    private final Assessments assessments;

    AssessmentController(CaseAccess cases, Assessments assessments) {
        this.cases = cases;
        this.assessments = assessments;
    }

    @GetMapping("/cases/{caseId}/assessments")
    String section(@PathVariable CaseId caseId, @AuthenticationPrincipal CurrentUser user, HtmxRequest htmx,
            HttpServletResponse response, Model model) {
        return show(caseId, user, Map.of(), Map.of(), htmx, response, model);
    }

    @PostMapping("/cases/{caseId}/assessments/needs")
    String needs(@PathVariable CaseId caseId, @RequestParam Map<String, String> form,
            @AuthenticationPrincipal CurrentUser user, HtmxRequest htmx, HttpServletResponse response, Model model) {
        cases.editable(user, caseId);
        Map<String, String> errors = Sections.errors();
        LocalDate assessedOn = Sections.date(form.get("assessedOn"), "assessedOn", errors);
        Map<Need, NeedLevel> levels = new EnumMap<>(Need.class);
        for (Need need : Need.values()) {
            String field = need.name().toLowerCase(java.util.Locale.ROOT);
            NeedLevel level = Sections.code(NeedLevel.class, form.get(field), field, errors);
            if (level != null) {
                levels.put(need, level);
            }
        }
        return Sections.submit(() -> assessments.assessNeeds(user, caseId,
                new Assessments.NewNeedsAssessment(assessedOn, levels, form.get("notes"))),
                errors, form, "care.saved", "/cases/" + caseId + "/assessments", htmx, response, model,
                (messages, values) -> show(caseId, user, messages, values, htmx, response, model));
    }

    @PostMapping("/cases/{caseId}/assessments/risk")
    String risk(@PathVariable CaseId caseId, @RequestParam(required = false) String assessedOn,
            @RequestParam(required = false) String level, @RequestParam(required = false) List<String> factors,
            @RequestParam(required = false) String notes, @AuthenticationPrincipal CurrentUser user,
            HtmxRequest htmx, HttpServletResponse response, Model model) {
        cases.editable(user, caseId);
        Map<String, String> errors = Sections.errors();
        LocalDate date = Sections.date(assessedOn, "riskAssessedOn", errors);
        RiskLevel riskLevel = Sections.code(RiskLevel.class, level, "level", errors);
        var riskFactors = Sections.codes(RiskFactor.class, factors, "factors", errors);
        return Sections.submit(() -> assessments.assessRisk(user, caseId,
                new Assessments.NewRiskAssessment(date, riskLevel, riskFactors, notes)),
                errors, Sections.values("riskAssessedOn", assessedOn, "level", level, "riskNotes", notes),
                "care.saved", "/cases/" + caseId + "/assessments", htmx, response, model,
                (messages, values) -> show(caseId, user, riskFields(messages), values, htmx, response, model));
    }

    /** The risk form shares the page with the needs form: its date and notes have fields of their own. */
    private static Map<String, String> riskFields(Map<String, String> errors) {
        Map<String, String> renamed = new LinkedHashMap<>();
        errors.forEach((field, message) -> renamed.put(switch (field) {
            case "assessedOn" -> "riskAssessedOn";
            case "notes" -> "riskNotes";
            default -> field;
        }, message));
        return renamed;
    }

    private String show(CaseId caseId, CurrentUser user, Map<String, String> errors, Map<String, String> values,
            HtmxRequest htmx, HttpServletResponse response, Model model) {
        model.addAttribute("care", cases.readable(user, caseId));
        model.addAttribute("needsHistory", assessments.needsHistory(user, caseId));
        model.addAttribute("riskHistory", assessments.riskHistory(user, caseId));
        model.addAttribute("needs", Need.values());
        model.addAttribute("needLevels", NeedLevel.values());
        model.addAttribute("riskLevels", RiskLevel.values());
        model.addAttribute("riskFactors", RiskFactor.values());
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        model.addAttribute("today", LocalDate.now());
        return Sections.view("assessments", htmx, response, model);
    }
}
