package org.sankofa.cases.assistance.web;

import java.util.List;
import java.util.Map;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sankofa.cases.CaseId;
import org.sankofa.cases.assistance.ReferralShare;
import org.sankofa.cases.assistance.ServiceType;
import org.sankofa.cases.assistance.internal.Referrals;
import org.sankofa.cases.internal.CaseAccess;
import org.sankofa.cases.internal.consent.ConsentPurpose;
import org.sankofa.cases.internal.consent.Consents;
import org.sankofa.cases.web.Sections;
import org.sankofa.directory.Directory;
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

/** The referrals section of a case: its referrals and the form to send one (with PARTNER_SHARING consent). */
@Controller
@PreAuthorize(Roles.CASE_STAFF)
class ReferralController {

    private final CaseAccess cases;
    private final Referrals referrals;
    private final Consents consents;
    private final Directory directory;

    ReferralController(CaseAccess cases, Referrals referrals, Consents consents, Directory directory) {
        this.cases = cases;
        this.referrals = referrals;
        this.consents = consents;
        this.directory = directory;
    }

    /** What the form shows: its fields, and the shares ticked. */
    record ReferralValues(Map<String, String> fields, List<String> shares) {

        static final ReferralValues NONE = new ReferralValues(Map.of(), List.of());
    }

    @GetMapping("/cases/{caseId}/referrals")
    String section(@PathVariable CaseId caseId, @AuthenticationPrincipal CurrentUser user, HtmxRequest htmx,
            HttpServletResponse response, Model model) {
        return show(caseId, user, Map.of(), ReferralValues.NONE, htmx, response, model);
    }

    @PostMapping("/cases/{caseId}/referrals")
    String send(@PathVariable CaseId caseId, @RequestParam(required = false) String partner,
            @RequestParam(required = false) String serviceType, @RequestParam(required = false) List<String> shares,
            @RequestParam(required = false) String message, @AuthenticationPrincipal CurrentUser user,
            HtmxRequest htmx, HttpServletResponse response, Model model) {
        cases.editable(user, caseId);
        Map<String, String> errors = Sections.errors();
        Long partnerId = Sections.id(partner, "partner", errors);
        ServiceType type = Sections.code(ServiceType.class, serviceType, "serviceType", errors);
        var shared = Sections.codes(ReferralShare.class, shares, "shares", errors);
        var typed = new ReferralValues(
                Sections.values("partner", partner, "serviceType", serviceType, "message", message),
                shares == null ? List.of() : shares);
        return Sections.submitKeeping(
                () -> referrals.send(user, caseId, new Referrals.NewReferral(partnerId, type, shared, message)),
                errors, typed, ReferralValues.NONE, "care.referral.sent", "/cases/" + caseId + "/referrals", htmx,
                response, model, (messages, values) -> show(caseId, user, messages, values, htmx, response, model));
    }

    private String show(CaseId caseId, CurrentUser user, Map<String, String> errors, ReferralValues values,
            HtmxRequest htmx, HttpServletResponse response, Model model) {
        model.addAttribute("care", cases.readable(user, caseId));
        model.addAttribute("referrals", referrals.list(user, caseId));
        model.addAttribute("sharingConsent", consents.hasActiveConsent(caseId, ConsentPurpose.PARTNER_SHARING));
        model.addAttribute("organisations", directory.organisations());
        model.addAttribute("serviceTypes", ServiceType.values());
        model.addAttribute("shareCodes", ReferralShare.values());
        model.addAttribute("errors", errors);
        model.addAttribute("values", values.fields());
        model.addAttribute("checkedShares", values.shares());
        return Sections.view("referrals", htmx, response, model);
    }
}
