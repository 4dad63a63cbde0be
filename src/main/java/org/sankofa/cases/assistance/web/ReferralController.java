package org.sankofa.cases.assistance.web;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sankofa.cases.CaseId;
import org.sankofa.cases.assistance.ReferralShare;
import org.sankofa.cases.assistance.internal.Referrals;
import org.sankofa.cases.internal.CaseAccess;
import org.sankofa.cases.internal.CaseFacts;
import org.sankofa.cases.internal.consent.ConsentPurpose;
import org.sankofa.cases.internal.consent.Consents;
import org.sankofa.cases.web.Sections;
import org.sankofa.directory.Directory;
import org.sankofa.directory.ServiceType;
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

    /** The referral form: the partner, the service, the parts of the case shared and a message. */
    record ReferralForm(String partnerService, String partner, String serviceType, List<String> shares,
            String message) {

        static final ReferralForm EMPTY = new ReferralForm(null, null, null, List.of(), null);
    }

    @GetMapping("/cases/{caseId}/referrals")
    String section(@PathVariable CaseId caseId, @RequestParam(defaultValue = "office") String place,
            @AuthenticationPrincipal CurrentUser user, HtmxRequest htmx, HttpServletResponse response, Model model) {
        return show(caseId, user, Map.of(), ReferralForm.EMPTY, "home".equals(place), htmx, response, model);
    }

    @PostMapping("/cases/{caseId}/referrals")
    String send(@PathVariable CaseId caseId, @ModelAttribute ReferralForm form,
            @AuthenticationPrincipal CurrentUser user, HtmxRequest htmx, HttpServletResponse response, Model model) {
        cases.editable(user, caseId);
        FormErrors read = new FormErrors();
        Long service = read.id("partnerService", form.partnerService(), "care.referral.service.unknown");
        Long partner = read.id("partner", form.partner(), "care.code.unknown");
        ServiceType type = read.choice("serviceType", form.serviceType(), ServiceType.class, "care.code.unknown");
        Set<ReferralShare> shared = read.choices("shares", form.shares(), ReferralShare.class, "care.code.unknown");
        return Sections.save(read,
                () -> referrals.send(user, caseId,
                        new Referrals.NewReferral(partner, type, shared, form.message(), service)),
                form, ReferralForm.EMPTY, "care.referral.sent", "/cases/" + caseId + "/referrals", htmx, response,
                model, (messages, typed) -> show(caseId, user, messages, typed, false, htmx, response, model));
    }

    private String show(CaseId caseId, CurrentUser user, Map<String, String> errors, ReferralForm form, boolean home,
            HtmxRequest htmx, HttpServletResponse response, Model model) {
        CaseFacts care = cases.readable(user, caseId, Referrals.PART);
        model.addAttribute("care", care);
        Referrals.Suggestions suggestions = referrals.suggestions(care, home);
        model.addAttribute("suggestions", suggestions);
        model.addAttribute("referrals", referrals.list(user, caseId));
        model.addAttribute("sharingConsent", consents.hasActiveConsent(caseId, ConsentPurpose.PARTNER_SHARING));
        // the partner organisations (NGOs, and whoever lists a service), those of the chosen place's country first
        model.addAttribute("partners", directory.partners(suggestions.countryCode()));
        model.addAttribute("serviceTypes", ServiceType.values());
        model.addAttribute("shareCodes", ReferralShare.values());
        model.addAttribute("errors", errors);
        model.addAttribute("values", Sections.values("partnerService", form.partnerService(), "partner",
                form.partner(), "serviceType", form.serviceType(), "message", form.message()));
        model.addAttribute("checkedShares", form.shares() == null ? List.of() : form.shares());
        return Sections.view("referrals", htmx, response, model);
    }
}
