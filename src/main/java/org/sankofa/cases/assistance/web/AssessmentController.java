package org.sankofa.cases.assistance.web;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
import org.sankofa.shared.web.FormErrors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Needs and re-trafficking risk assessments: the current one and the history, newest first. Each form is a record,
 * read with {@link FormErrors} and answered through {@link Sections#save}.
 */
@Controller
@PreAuthorize(Roles.CASE_STAFF)
class AssessmentController {

    private static final String DATE = "care.date.invalid";
    private static final String CODE = "care.code.unknown";

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

    /** The needs form: the day, a level per need ({@code levels[shelter]}, …) and notes. */
    record NeedsForm(String assessedOn, Map<String, String> levels, String notes) {

        Map<String, String> values() {
            Map<String, String> values = new HashMap<>(levels == null ? Map.of() : levels);
            values.put("assessedOn", assessedOn);
            values.put("notes", notes);
            return values;
        }
    }

    /** The risk form: the day, a level, the factors ticked and notes. */
    record RiskForm(String assessedOn, String level, List<String> factors, String notes) {

        Map<String, String> values() {
            return Sections.values("riskAssessedOn", assessedOn, "level", level, "riskNotes", notes);
        }
    }

    @PostMapping("/cases/{caseId}/assessments/needs")
    String needs(@PathVariable CaseId caseId, @ModelAttribute NeedsForm form,
            @AuthenticationPrincipal CurrentUser user, HtmxRequest htmx, HttpServletResponse response, Model model) {
        cases.editable(user, caseId);
        FormErrors read = new FormErrors();
        LocalDate assessedOn = read.date("assessedOn", form.assessedOn(), DATE);
        Map<Need, NeedLevel> levels = new EnumMap<>(Need.class);
        for (Need need : Need.values()) {
            String field = field(need);
            NeedLevel level = read.choice(field, form.levels() == null ? null : form.levels().get(field),
                    NeedLevel.class, CODE);
            if (level != null) {
                levels.put(need, level);
            }
        }
        return Sections.save(read, () -> assessments.assessNeeds(user, caseId,
                new Assessments.NewNeedsAssessment(assessedOn, levels, form.notes())),
                form.values(), Map.<String, String>of(), "care.saved", "/cases/" + caseId + "/assessments", htmx,
                response, model, (messages, values) -> show(caseId, user, messages, values, htmx, response, model));
    }

    @PostMapping("/cases/{caseId}/assessments/risk")
    String risk(@PathVariable CaseId caseId, @ModelAttribute RiskForm form, @AuthenticationPrincipal CurrentUser user,
            HtmxRequest htmx, HttpServletResponse response, Model model) {
        cases.editable(user, caseId);
        FormErrors read = new FormErrors();
        LocalDate date = read.date("riskAssessedOn", form.assessedOn(), DATE);
        RiskLevel level = read.choice("level", form.level(), RiskLevel.class, CODE);
        Set<RiskFactor> factors = read.choices("factors", form.factors(), RiskFactor.class, CODE);
        return Sections.save(read, () -> assessments.assessRisk(user, caseId,
                new Assessments.NewRiskAssessment(date, level, factors, form.notes())),
                form.values(), Map.<String, String>of(), "care.saved", "/cases/" + caseId + "/assessments", htmx,
                response, model,
                (messages, values) -> show(caseId, user, riskFields(messages), values, htmx, response, model));
    }

    /** The name of a need's field in the form, and of its message ({@code family_contact}). */
    static String field(Need need) {
        return need.name().toLowerCase(Locale.ROOT);
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
        model.addAttribute("care", cases.readable(user, caseId, Assessments.PART));
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
