package org.sankofa.cases.web;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sankofa.cases.internal.care.Assessments;
import org.sankofa.cases.internal.care.CareCases;
import org.sankofa.cases.internal.care.Need;
import org.sankofa.cases.internal.care.NeedLevel;
import org.sankofa.cases.internal.care.RiskFactor;
import org.sankofa.cases.internal.care.RiskLevel;
import org.sankofa.identity.CurrentUser;
import org.sankofa.shared.InvalidInputException;
import org.springframework.http.HttpStatus;
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
@PreAuthorize("hasAnyRole('CASE_WORKER','CASE_SUPERVISOR')")
class AssessmentController {

    private final CareCases cases;
    private final Assessments assessments;

    AssessmentController(CareCases cases, Assessments assessments) {
        this.cases = cases;
        this.assessments = assessments;
    }

    @GetMapping("/cases/{caseId}/assessments")
    String section(@PathVariable long caseId, @AuthenticationPrincipal CurrentUser user, HtmxRequest htmx,
            HttpServletResponse response, Model model) {
        return show(caseId, user, Map.of(), Map.of(), htmx, response, model);
    }

    @PostMapping("/cases/{caseId}/assessments/needs")
    String needs(@PathVariable long caseId, @RequestParam Map<String, String> form,
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
        try {
            if (errors.isEmpty()) {
                assessments.assessNeeds(user, caseId,
                        new Assessments.NewNeedsAssessment(assessedOn, levels, form.get("notes")));
                return done(caseId, user, htmx, response, model);
            }
            throw new InvalidInputException(errors);
        } catch (InvalidInputException e) {
            Sections.status(htmx, response, HttpStatus.UNPROCESSABLE_CONTENT);
            return show(caseId, user, Sections.merge(errors, e), form, htmx, response, model);
        }
    }

    @PostMapping("/cases/{caseId}/assessments/risk")
    String risk(@PathVariable long caseId, @RequestParam(required = false) String assessedOn,
            @RequestParam(required = false) String level, @RequestParam(required = false) List<String> factors,
            @RequestParam(required = false) String notes, @AuthenticationPrincipal CurrentUser user,
            HtmxRequest htmx, HttpServletResponse response, Model model) {
        cases.editable(user, caseId);
        Map<String, String> errors = Sections.errors();
        LocalDate date = Sections.date(assessedOn, "riskAssessedOn", errors);
        RiskLevel riskLevel = Sections.code(RiskLevel.class, level, "level", errors);
        var riskFactors = Sections.codes(RiskFactor.class, factors, "factors", errors);
        try {
            if (errors.isEmpty()) {
                assessments.assessRisk(user, caseId,
                        new Assessments.NewRiskAssessment(date, riskLevel, riskFactors, notes));
                return done(caseId, user, htmx, response, model);
            }
            throw new InvalidInputException(errors);
        } catch (InvalidInputException e) {
            Map<String, String> all = new java.util.LinkedHashMap<>();
            Sections.merge(errors, e).forEach((k, v) -> all.put(switch (k) {
                case "assessedOn" -> "riskAssessedOn";
                case "notes" -> "riskNotes";
                default -> k;
            }, v));
            Sections.status(htmx, response, HttpStatus.UNPROCESSABLE_CONTENT);
            Map<String, String> values = new java.util.HashMap<>();
            values.put("riskAssessedOn", assessedOn);
            values.put("level", level);
            values.put("riskNotes", notes);
            return show(caseId, user, all, values, htmx, response, model);
        }
    }

    private String done(long caseId, CurrentUser user, HtmxRequest htmx, HttpServletResponse response, Model model) {
        if (Sections.fragment(htmx)) {
            model.addAttribute("saved", "care.saved");
            return show(caseId, user, Map.of(), Map.of(), htmx, response, model);
        }
        return "redirect:/cases/" + caseId + "/assessments";
    }

    private String show(long caseId, CurrentUser user, Map<String, String> errors, Map<String, String> values,
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
