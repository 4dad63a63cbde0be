package org.sankofa.cases.web;

import java.util.Map;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sankofa.cases.CaseId;
import org.sankofa.cases.ClosureReason;
import org.sankofa.cases.internal.CaseAccess;
import org.sankofa.cases.internal.closure.Closures;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Role;
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

/**
 * Closing a case with a reason and a note, and reopening it; a child's closure request is approved or rejected by a
 * supervisor ({@link Decision}: {@code approve} or {@code reject}, with the form field {@code note}).
 */
@Controller
@PreAuthorize(Roles.CASE_STAFF)
class ClosureController {

    private final CaseAccess cases;
    private final Closures closures;

    ClosureController(CaseAccess cases, Closures closures) {
        this.cases = cases;
        this.closures = closures;
    }

    /** The closing form: an HTCDS closure reason (its value, e.g. {@code ReintegrationCompleted}) and a note. */
    record ClosureForm(String reason, String note) {

        Map<String, String> values() {
            return Sections.values("reason", reason, "note", note);
        }
    }

    /** The reopening form: a note. */
    record ReopeningForm(String note) {
    }

    @GetMapping("/cases/{caseId}/closure")
    String section(@PathVariable CaseId caseId, @AuthenticationPrincipal CurrentUser user, HtmxRequest htmx,
            HttpServletResponse response, Model model) {
        return show(caseId, user, Map.of(), Map.of(), htmx, response, model);
    }

    @PostMapping("/cases/{caseId}/closure/close")
    String close(@PathVariable CaseId caseId, @ModelAttribute ClosureForm form,
            @AuthenticationPrincipal CurrentUser user, HtmxRequest htmx, HttpServletResponse response, Model model) {
        cases.editable(user, caseId);
        FormErrors read = new FormErrors();
        ClosureReason reason = reason(form.reason(), read);
        return save(caseId, user, read, () -> {
            if (!closures.close(user, caseId, reason, form.note()).closed()) {
                model.addAttribute("requested", true); // a child's case: a supervisor closes it
            }
        }, form.values(), htmx, response, model);
    }

    @PostMapping("/cases/{caseId}/closure/reopen")
    String reopen(@PathVariable CaseId caseId, @ModelAttribute ReopeningForm form,
            @AuthenticationPrincipal CurrentUser user, HtmxRequest htmx, HttpServletResponse response, Model model) {
        return save(caseId, user, new FormErrors(), () -> closures.reopen(user, caseId, form.note()),
                Sections.values("note", form.note()), htmx, response, model);
    }

    @PostMapping("/cases/{caseId}/closure/requests/{requestId}/" + Decision.OUTCOME)
    @PreAuthorize(Roles.SUPERVISORS)
    String decideRequest(@PathVariable CaseId caseId, @PathVariable long requestId,
            @PathVariable Decision.Outcome outcome, @ModelAttribute Decision decision,
            @AuthenticationPrincipal CurrentUser user, HtmxRequest htmx, HttpServletResponse response, Model model) {
        return decide(caseId, requestId, outcome, decision, user, htmx, response, model);
    }

    private String decide(CaseId caseId, long requestId, Decision.Outcome outcome, Decision decision,
            CurrentUser user, HtmxRequest htmx, HttpServletResponse response, Model model) {
        return save(caseId, user, new FormErrors(), () -> closures.decide(user, caseId, requestId, outcome, decision),
                Sections.values("note", decision.note()), htmx, response, model);
    }

    /** Closure reasons are codes of their own ({@link ClosureReason#fromValue}), not enum names. */
    private static ClosureReason reason(String value, FormErrors read) {
        String code = FormErrors.text(value);
        if (code == null) {
            return null;
        }
        try {
            return ClosureReason.fromValue(code);
        } catch (IllegalArgumentException e) {
            read.reject("reason", "care.code.unknown");
            return null;
        }
    }

    private String save(CaseId caseId, CurrentUser user, FormErrors read, Runnable useCase,
            Map<String, String> values, HtmxRequest htmx, HttpServletResponse response, Model model) {
        return Sections.<Map<String, String>>save(read, useCase, values, Map.of(), "care.saved",
                "/cases/" + caseId + "/closure", htmx, response, model,
                (messages, shown) -> show(caseId, user, messages, shown, htmx, response, model));
    }

    private String show(CaseId caseId, CurrentUser user, Map<String, String> errors, Map<String, String> values,
            HtmxRequest htmx, HttpServletResponse response, Model model) {
        model.addAttribute("care", cases.readable(user, caseId, Closures.PART));
        model.addAttribute("history", closures.history(user, caseId));
        var requests = closures.requests(user, caseId);
        model.addAttribute("requests", requests);
        model.addAttribute("pendingRequest", requests.stream().anyMatch(Closures.ClosureRequest::pending));
        model.addAttribute("followUpsDone", closures.followUpsDone(caseId));
        model.addAttribute("currentUserId", user.id());
        model.addAttribute("supervisor", user.hasRole(Role.CASE_SUPERVISOR));
        model.addAttribute("reasons", ClosureReason.values());
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        return Sections.view("closure", htmx, response, model);
    }
}
