package org.sankofa.cases.web;

import java.util.Map;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sankofa.cases.CaseId;
import org.sankofa.cases.ClosureReason;
import org.sankofa.cases.internal.CaseAccess;
import org.sankofa.cases.internal.closure.Closures;
import org.sankofa.identity.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Closing a case with a reason and a note, and reopening it. */
@Controller
@PreAuthorize("hasAnyRole('CASE_WORKER','CASE_SUPERVISOR')")
class ClosureController {

    private final CaseAccess cases;
    private final Closures closures;

    ClosureController(CaseAccess cases, Closures closures) {
        this.cases = cases;
        this.closures = closures;
    }

    @GetMapping("/cases/{caseId}/closure")
    String section(@PathVariable CaseId caseId, @AuthenticationPrincipal CurrentUser user, HtmxRequest htmx,
            HttpServletResponse response, Model model) {
        return show(caseId, user, Map.of(), Map.of(), htmx, response, model);
    }

    @PostMapping("/cases/{caseId}/closure/close")
    String close(@PathVariable CaseId caseId, @RequestParam(required = false) String reason,
            @RequestParam(required = false) String note, @AuthenticationPrincipal CurrentUser user, HtmxRequest htmx,
            HttpServletResponse response, Model model) {
        cases.editable(user, caseId);
        Map<String, String> errors = Sections.errors();
        ClosureReason closureReason = reason(reason, errors);
        return submit(caseId, user, () -> {
            if (!closures.close(user, caseId, closureReason, note).closed()) {
                model.addAttribute("requested", true); // a child's case: a supervisor closes it
            }
        }, errors, Sections.values("reason", reason, "note", note), htmx, response, model);
    }

    @PostMapping("/cases/{caseId}/closure/reopen")
    String reopen(@PathVariable CaseId caseId, @RequestParam(required = false) String note,
            @AuthenticationPrincipal CurrentUser user, HtmxRequest htmx, HttpServletResponse response, Model model) {
        return submit(caseId, user, () -> closures.reopen(user, caseId, note), Sections.errors(),
                Sections.values("note", note), htmx, response, model);
    }

    @PostMapping("/cases/{caseId}/closure/requests/{requestId}/approve")
    @PreAuthorize("hasRole('CASE_SUPERVISOR')")
    String approve(@PathVariable CaseId caseId, @PathVariable long requestId,
            @RequestParam(required = false) String decisionNote, @AuthenticationPrincipal CurrentUser user,
            HtmxRequest htmx, HttpServletResponse response, Model model) {
        return decide(caseId, requestId, true, decisionNote, user, htmx, response, model);
    }

    @PostMapping("/cases/{caseId}/closure/requests/{requestId}/reject")
    @PreAuthorize("hasRole('CASE_SUPERVISOR')")
    String reject(@PathVariable CaseId caseId, @PathVariable long requestId,
            @RequestParam(required = false) String decisionNote, @AuthenticationPrincipal CurrentUser user,
            HtmxRequest htmx, HttpServletResponse response, Model model) {
        return decide(caseId, requestId, false, decisionNote, user, htmx, response, model);
    }

    private String decide(CaseId caseId, long requestId, boolean approve, String decisionNote, CurrentUser user,
            HtmxRequest htmx, HttpServletResponse response, Model model) {
        return submit(caseId, user, () -> closures.decide(user, caseId, requestId, approve, decisionNote),
                Sections.errors(), Map.of("decisionNote", decisionNote == null ? "" : decisionNote), htmx, response,
                model);
    }

    /** Closure reasons are codes of their own ({@link ClosureReason#fromValue}), not enum names. */
    private static ClosureReason reason(String value, Map<String, String> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ClosureReason.fromValue(value.strip());
        } catch (IllegalArgumentException e) {
            errors.put("reason", "care.code.unknown");
            return null;
        }
    }

    private String submit(CaseId caseId, CurrentUser user, Runnable useCase, Map<String, String> errors,
            Map<String, String> values, HtmxRequest htmx, HttpServletResponse response, Model model) {
        return Sections.submit(useCase, errors, values, "care.saved", "/cases/" + caseId + "/closure", htmx,
                response, model, (messages, shown) -> show(caseId, user, messages, shown, htmx, response, model));
    }

    private String show(CaseId caseId, CurrentUser user, Map<String, String> errors, Map<String, String> values,
            HtmxRequest htmx, HttpServletResponse response, Model model) {
        model.addAttribute("care", cases.readable(user, caseId));
        model.addAttribute("history", closures.history(user, caseId));
        var requests = closures.requests(user, caseId);
        model.addAttribute("requests", requests);
        model.addAttribute("pendingRequest", requests.stream().anyMatch(Closures.ClosureRequest::pending));
        model.addAttribute("followUpsDone", closures.followUpsDone(caseId));
        model.addAttribute("currentUserId", user.id());
        model.addAttribute("supervisor", user.hasRole(org.sankofa.identity.Role.CASE_SUPERVISOR));
        model.addAttribute("reasons", ClosureReason.values());
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        return Sections.view("closure", htmx, response, model);
    }
}
