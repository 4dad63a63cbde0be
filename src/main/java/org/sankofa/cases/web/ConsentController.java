package org.sankofa.cases.web;

import java.time.LocalDate;
import java.util.Map;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sankofa.cases.CaseId;
import org.sankofa.cases.internal.CaseAccess;
import org.sankofa.cases.internal.consent.ConsentGiver;
import org.sankofa.cases.internal.consent.ConsentPurpose;
import org.sankofa.cases.internal.consent.Consents;
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

/** The consents section of a case: record a consent per purpose, withdraw one. */
@Controller
@PreAuthorize(Roles.CASE_STAFF)
class ConsentController {

    private static final String UNKNOWN = "care.code.unknown";
    private static final String INVALID_DATE = "care.date.invalid";

    private final CaseAccess cases;
    private final Consents consents;

    ConsentController(CaseAccess cases, Consents consents) {
        this.cases = cases;
        this.consents = consents;
    }

    record ConsentForm(String purpose, String givenBy, String givenOn, String guardianConsent, String childAssent) {

        static ConsentForm empty() {
            return new ConsentForm("", "", LocalDate.now().toString(), null, null);
        }

        Consents.NewConsent consent(FormErrors read) {
            return new Consents.NewConsent(read.choice("purpose", purpose, ConsentPurpose.class, UNKNOWN),
                    read.choice("givenBy", givenBy, ConsentGiver.class, UNKNOWN),
                    read.date("givenOn", givenOn, INVALID_DATE), FormErrors.checked(guardianConsent),
                    FormErrors.checked(childAssent));
        }
    }

    record WithdrawForm(String withdrawnOn) {
    }

    @GetMapping("/cases/{caseId}/consents")
    String section(@PathVariable CaseId caseId, @AuthenticationPrincipal CurrentUser user, HtmxRequest htmx,
            HttpServletResponse response, Model model) {
        return show(caseId, user, ConsentForm.empty(), Map.of(), htmx, response, model);
    }

    @PostMapping("/cases/{caseId}/consents")
    String record(@PathVariable CaseId caseId, @ModelAttribute ConsentForm form,
            @AuthenticationPrincipal CurrentUser user, HtmxRequest htmx, HttpServletResponse response, Model model) {
        cases.editable(user, caseId);
        FormErrors read = new FormErrors();
        Consents.NewConsent consent = form.consent(read);
        return Sections.save(read, () -> consents.record(user, caseId, consent), form, ConsentForm.empty(),
                "care.saved", "/cases/" + caseId + "/consents", htmx, response, model,
                (messages, typed) -> show(caseId, user, typed, messages, htmx, response, model));
    }

    @PostMapping("/cases/{caseId}/consents/{consentId}/withdraw")
    String withdraw(@PathVariable CaseId caseId, @PathVariable long consentId, @ModelAttribute WithdrawForm form,
            @AuthenticationPrincipal CurrentUser user, HtmxRequest htmx, HttpServletResponse response, Model model) {
        cases.editable(user, caseId);
        FormErrors read = new FormErrors();
        LocalDate withdrawnOn = read.date("withdrawnOn", form.withdrawnOn(), INVALID_DATE);
        return Sections.save(read, () -> consents.withdraw(user, caseId, consentId, withdrawnOn), form, form,
                "care.saved", "/cases/" + caseId + "/consents", htmx, response, model, (messages, typed) -> {
                    if (!messages.isEmpty()) {
                        model.addAttribute("withdrawing", consentId); // its messages show beside that consent
                    }
                    return show(caseId, user, ConsentForm.empty(), messages, htmx, response, model);
                });
    }

    private String show(CaseId caseId, CurrentUser user, ConsentForm form, Map<String, String> errors,
            HtmxRequest htmx, HttpServletResponse response, Model model) {
        model.addAttribute("care", cases.readable(user, caseId, Consents.PART));
        model.addAttribute("consents", consents.list(user, caseId));
        model.addAttribute("purposes", ConsentPurpose.values());
        model.addAttribute("givers", ConsentGiver.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("today", LocalDate.now());
        return Sections.view("consents", htmx, response, model);
    }
}
