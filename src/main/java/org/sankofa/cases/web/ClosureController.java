package org.sankofa.cases.web;

import java.util.Map;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sankofa.cases.ClosureReason;
import org.sankofa.cases.internal.care.CareCases;
import org.sankofa.cases.internal.care.Closures;
import org.sankofa.identity.CurrentUser;
import org.sankofa.shared.ConflictException;
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

/** Closing a case with a reason and a note, and reopening it. */
@Controller
@PreAuthorize("hasAnyRole('CASE_WORKER','CASE_SUPERVISOR')")
class ClosureController {

    private final CareCases cases;
    private final Closures closures;

    ClosureController(CareCases cases, Closures closures) {
        this.cases = cases;
        this.closures = closures;
    }

    @GetMapping("/cases/{caseId}/closure")
    String section(@PathVariable long caseId, @AuthenticationPrincipal CurrentUser user, HtmxRequest htmx,
            HttpServletResponse response, Model model) {
        return show(caseId, user, Map.of(), null, Map.of(), htmx, response, model);
    }

    @PostMapping("/cases/{caseId}/closure/close")
    String close(@PathVariable long caseId, @RequestParam(required = false) String reason,
            @RequestParam(required = false) String note, @AuthenticationPrincipal CurrentUser user, HtmxRequest htmx,
            HttpServletResponse response, Model model) {
        cases.editable(user, caseId);
        Map<String, String> errors = Sections.errors();
        ClosureReason closureReason = null;
        if (reason != null && !reason.isBlank()) {
            try {
                closureReason = ClosureReason.fromValue(reason.strip());
            } catch (IllegalArgumentException e) {
                errors.put("reason", "care.code.unknown");
            }
        }
        Map<String, String> values = new java.util.HashMap<>();
        values.put("reason", reason);
        values.put("note", note);
        try {
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            if (!closures.close(user, caseId, closureReason, note).closed()) {
                model.addAttribute("requested", true);
            }
        } catch (InvalidInputException e) {
            Sections.status(htmx, response, HttpStatus.UNPROCESSABLE_CONTENT);
            return show(caseId, user, Sections.merge(errors, e), null, values, htmx, response, model);
        } catch (ConflictException e) {
            Sections.status(htmx, response, HttpStatus.CONFLICT);
            return show(caseId, user, Map.of(), e.messageKey(), Map.of(), htmx, response, model);
        }
        return done(caseId, user, htmx, response, model);
    }

    @PostMapping("/cases/{caseId}/closure/reopen")
    String reopen(@PathVariable long caseId, @RequestParam(required = false) String note,
            @AuthenticationPrincipal CurrentUser user, HtmxRequest htmx, HttpServletResponse response, Model model) {
        try {
            closures.reopen(user, caseId, note);
        } catch (InvalidInputException e) {
            Sections.status(htmx, response, HttpStatus.UNPROCESSABLE_CONTENT);
            return show(caseId, user, e.fieldErrors(), null, Map.of("note", note), htmx, response, model);
        } catch (ConflictException e) {
            Sections.status(htmx, response, HttpStatus.CONFLICT);
            return show(caseId, user, Map.of(), e.messageKey(), Map.of(), htmx, response, model);
        }
        return done(caseId, user, htmx, response, model);
    }

    @PostMapping("/cases/{caseId}/closure/requests/{requestId}/approve")
    @PreAuthorize("hasRole('CASE_SUPERVISOR')")
    String approve(@PathVariable long caseId, @PathVariable long requestId,
            @RequestParam(required = false) String decisionNote, @AuthenticationPrincipal CurrentUser user,
            HtmxRequest htmx, HttpServletResponse response, Model model) {
        return decide(caseId, requestId, true, decisionNote, user, htmx, response, model);
    }

    @PostMapping("/cases/{caseId}/closure/requests/{requestId}/reject")
    @PreAuthorize("hasRole('CASE_SUPERVISOR')")
    String reject(@PathVariable long caseId, @PathVariable long requestId,
            @RequestParam(required = false) String decisionNote, @AuthenticationPrincipal CurrentUser user,
            HtmxRequest htmx, HttpServletResponse response, Model model) {
        return decide(caseId, requestId, false, decisionNote, user, htmx, response, model);
    }

    private String decide(long caseId, long requestId, boolean approve, String decisionNote, CurrentUser user,
            HtmxRequest htmx, HttpServletResponse response, Model model) {
        try {
            closures.decide(user, caseId, requestId, approve, decisionNote);
        } catch (InvalidInputException e) {
            Sections.status(htmx, response, HttpStatus.UNPROCESSABLE_CONTENT);
            return show(caseId, user, e.fieldErrors(), null, Map.of("decisionNote", String.valueOf(
                    decisionNote == null ? "" : decisionNote)), htmx, response, model);
        } catch (ConflictException e) {
            Sections.status(htmx, response, HttpStatus.CONFLICT);
            return show(caseId, user, Map.of(), e.messageKey(), Map.of(), htmx, response, model);
        }
        return done(caseId, user, htmx, response, model);
    }

    private String done(long caseId, CurrentUser user, HtmxRequest htmx, HttpServletResponse response, Model model) {
        if (Sections.fragment(htmx)) {
            model.addAttribute("saved", "care.saved");
            return show(caseId, user, Map.of(), null, Map.of(), htmx, response, model);
        }
        return "redirect:/cases/" + caseId + "/closure";
    }

    private String show(long caseId, CurrentUser user, Map<String, String> errors, String alert,
            Map<String, String> values, HtmxRequest htmx, HttpServletResponse response, Model model) {
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
        model.addAttribute("alert", alert);
        model.addAttribute("values", values);
        return Sections.view("closure", htmx, response, model);
    }
}
