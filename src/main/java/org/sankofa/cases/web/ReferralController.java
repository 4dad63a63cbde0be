package org.sankofa.cases.web;

import java.util.List;
import java.util.Map;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sankofa.cases.internal.care.CareCases;
import org.sankofa.cases.internal.care.ConsentPurpose;
import org.sankofa.cases.internal.care.Consents;
import org.sankofa.cases.internal.care.ReferralShare;
import org.sankofa.cases.internal.care.Referrals;
import org.sankofa.cases.internal.care.ServiceType;
import org.sankofa.directory.Directory;
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

/** The referrals section of a case: its referrals and the form to send one (with PARTNER_SHARING consent). */
@Controller
@PreAuthorize("hasAnyRole('CASE_WORKER','CASE_SUPERVISOR')")
class ReferralController {

    private final CareCases cases;
    private final Referrals referrals;
    private final Consents consents;
    private final Directory directory;

    ReferralController(CareCases cases, Referrals referrals, Consents consents, Directory directory) {
        this.cases = cases;
        this.referrals = referrals;
        this.consents = consents;
        this.directory = directory;
    }

    @GetMapping("/cases/{caseId}/referrals")
    String section(@PathVariable long caseId, @AuthenticationPrincipal CurrentUser user, HtmxRequest htmx,
            HttpServletResponse response, Model model) {
        return show(caseId, user, Map.of(), Map.of(), List.of(), htmx, response, model);
    }

    @PostMapping("/cases/{caseId}/referrals")
    String send(@PathVariable long caseId, @RequestParam(required = false) String partner,
            @RequestParam(required = false) String serviceType, @RequestParam(required = false) List<String> shares,
            @RequestParam(required = false) String message, @AuthenticationPrincipal CurrentUser user,
            HtmxRequest htmx, HttpServletResponse response, Model model) {
        cases.editable(user, caseId);
        Map<String, String> errors = Sections.errors();
        Long partnerId = Sections.id(partner, "partner", errors);
        ServiceType type = Sections.code(ServiceType.class, serviceType, "serviceType", errors);
        var shared = Sections.codes(ReferralShare.class, shares, "shares", errors);
        try {
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            referrals.send(user, caseId, new Referrals.NewReferral(partnerId, type, shared, message));
        } catch (InvalidInputException e) {
            Sections.status(htmx, response, HttpStatus.UNPROCESSABLE_CONTENT);
            Map<String, String> values = new java.util.HashMap<>();
            values.put("partner", partner);
            values.put("serviceType", serviceType);
            values.put("message", message);
            return show(caseId, user, Sections.merge(errors, e), values, shares == null ? List.of() : shares, htmx,
                    response, model);
        }
        if (Sections.fragment(htmx)) {
            model.addAttribute("saved", "care.referral.sent");
            return show(caseId, user, Map.of(), Map.of(), List.of(), htmx, response, model);
        }
        return "redirect:/cases/" + caseId + "/referrals";
    }

    private String show(long caseId, CurrentUser user, Map<String, String> errors, Map<String, String> values,
            List<String> shares, HtmxRequest htmx, HttpServletResponse response, Model model) {
        model.addAttribute("care", cases.readable(user, caseId));
        model.addAttribute("referrals", referrals.list(user, caseId));
        model.addAttribute("sharingConsent", consents.hasActiveConsent(caseId, ConsentPurpose.PARTNER_SHARING));
        model.addAttribute("organisations", directory.organisations());
        model.addAttribute("serviceTypes", ServiceType.values());
        model.addAttribute("shareCodes", ReferralShare.values());
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        model.addAttribute("checkedShares", shares);
        return Sections.view("referrals", htmx, response, model);
    }
}
