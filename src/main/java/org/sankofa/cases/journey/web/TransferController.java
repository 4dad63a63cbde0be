package org.sankofa.cases.journey.web;

import java.util.Map;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sankofa.cases.CaseId;
import org.sankofa.cases.internal.CaseAccess;
import org.sankofa.cases.internal.CaseFacts;
import org.sankofa.cases.internal.consent.ConsentPurpose;
import org.sankofa.cases.internal.consent.Consents;
import org.sankofa.cases.journey.internal.transfer.OfficeNotifications;
import org.sankofa.cases.journey.internal.transfer.Transfers;
import org.sankofa.cases.web.Sections;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Roles;
import org.sankofa.shared.web.Decision;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The transfer of a case to an office in another country: the section on the case page (its transfers, and the
 * request form for supervisors of the owning office) and the supervisors' page /transfers (incoming to accept or
 * reject, outgoing, notifications).
 */
@Controller
class TransferController {

    private final CaseAccess cases;
    private final Consents consents;
    private final Transfers transfers;
    private final OfficeNotifications notifications;

    TransferController(CaseAccess cases, Consents consents, Transfers transfers,
            OfficeNotifications notifications) {
        this.cases = cases;
        this.consents = consents;
        this.transfers = transfers;
        this.notifications = notifications;
    }

    @GetMapping("/cases/{caseId}/transfer")
    @PreAuthorize(Roles.CASE_STAFF)
    String section(@PathVariable CaseId caseId, @AuthenticationPrincipal CurrentUser user, HtmxRequest htmx,
            HttpServletResponse response, Model model) {
        return show(caseId, user, Map.of(), Map.of(), htmx, response, model);
    }

    /** The transfer request form: the office asked to take the case over and why. */
    record TransferForm(String toOffice, String reason) {
    }

    @PostMapping("/cases/{caseId}/transfer")
    @PreAuthorize(Roles.SUPERVISORS)
    String request(@PathVariable CaseId caseId, @ModelAttribute TransferForm form,
            @AuthenticationPrincipal CurrentUser user, HtmxRequest htmx, HttpServletResponse response, Model model) {
        cases.editable(user, caseId);
        FormErrors read = new FormErrors();
        Long office = read.id("toOffice", form.toOffice(), "care.code.unknown");
        return Sections.save(read, () -> transfers.request(user, caseId, office, form.reason()),
                Sections.values("toOffice", form.toOffice(), "reason", form.reason()), Map.<String, String>of(),
                "transfer.requested", "/cases/" + caseId + "/transfer", htmx, response, model,
                (messages, values) -> show(caseId, user, messages, values, htmx, response, model));
    }

    @GetMapping("/transfers")
    @PreAuthorize(Roles.SUPERVISORS)
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        return page(user, Map.of(), null, model);
    }

    /**
     * The receiving office's supervisor approves the transfer (the office owns the case from then on) or refuses it
     * with a note saying why.
     */
    @PostMapping("/transfers/{transferId}/" + Decision.OUTCOME)
    @PreAuthorize(Roles.SUPERVISORS)
    String decideTransfer(@PathVariable long transferId, @PathVariable Decision.Outcome outcome,
            @ModelAttribute Decision decision, @AuthenticationPrincipal CurrentUser user,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return decide(transferId, outcome, decision, user, response, model, redirect);
    }

    private String decide(long transferId, Decision.Outcome outcome, Decision decision, CurrentUser user,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        return FormSubmission.submit(new FormErrors(), response, () -> {
            transfers.decide(user, transferId, outcome, decision);
            redirect.addFlashAttribute("saved", outcome == Decision.Outcome.APPROVE ? "transfer.accepted"
                    : "transfer.rejected");
            return "redirect:/transfers";
        }, (errors, alert) -> {
            if (alert != null) {
                model.addAttribute("alert", alert);
                return page(user, Map.of(), null, model);
            }
            return page(user, errors, transferId, model);
        });
    }

    private String page(CurrentUser user, Map<String, String> errors, Long errorTransfer, Model model) {
        model.addAttribute("incoming", transfers.incoming(user));
        model.addAttribute("outgoing", transfers.outgoing(user));
        model.addAttribute("notices", notifications.latest(user));
        model.addAttribute("errors", errors);
        model.addAttribute("errorTransfer", errorTransfer);
        return "cases/transfer/list";
    }

    private String show(CaseId caseId, CurrentUser user, Map<String, String> errors, Map<String, String> values,
            HtmxRequest htmx, HttpServletResponse response, Model model) {
        CaseFacts care = cases.readable(user, caseId, Transfers.PART);
        model.addAttribute("care", care);
        model.addAttribute("canRequest", !care.readOnly() && user.hasAnyRole(Roles.SUPERVISOR_ROLES));
        model.addAttribute("transfers", transfers.ofCase(user, caseId));
        model.addAttribute("consent", consents.hasActiveConsent(caseId, ConsentPurpose.CROSS_BORDER_SHARING));
        model.addAttribute("destinations", transfers.destinations(user));
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        return Sections.view("transfer", htmx, response, model);
    }
}
