package org.sankofa.cases.assistance.web;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sankofa.cases.CaseId;
import org.sankofa.cases.assistance.internal.Referrals;
import org.sankofa.cases.assistance.internal.SharedParts;
import org.sankofa.cases.web.Sections;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Roles;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The partner's page: referrals to their organisation, only the parts each shares, and their answers. */
@Controller
@PreAuthorize(Roles.PARTNERS)
class PartnerReferralController {

    private final Referrals referrals;
    private final SharedParts sharedParts;

    PartnerReferralController(Referrals referrals, SharedParts sharedParts) {
        this.referrals = referrals;
        this.sharedParts = sharedParts;
    }

    @GetMapping("/referrals")
    String list(@AuthenticationPrincipal CurrentUser user, HtmxRequest htmx, HttpServletResponse response,
            Model model) {
        model.addAttribute("referrals", sharedParts.forPartner(user));
        response.addHeader("Vary", "HX-Request");
        return Sections.fragment(htmx) ? "referrals/list :: results" : "referrals/list";
    }

    @PostMapping("/cases/{caseId}/referrals/{referralId}/accept")
    String accept(@PathVariable CaseId caseId, @PathVariable long referralId,
            @RequestParam(required = false) String note, @AuthenticationPrincipal CurrentUser user, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return answer(caseId, referralId, Referrals.Answer.ACCEPT, note, user, model, response, redirect);
    }

    @PostMapping("/cases/{caseId}/referrals/{referralId}/decline")
    String decline(@PathVariable CaseId caseId, @PathVariable long referralId,
            @RequestParam(required = false) String note, @AuthenticationPrincipal CurrentUser user, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return answer(caseId, referralId, Referrals.Answer.DECLINE, note, user, model, response, redirect);
    }

    @PostMapping("/cases/{caseId}/referrals/{referralId}/complete")
    String complete(@PathVariable CaseId caseId, @PathVariable long referralId,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return answer(caseId, referralId, Referrals.Answer.COMPLETE, null, user, model, response, redirect);
    }

    private String answer(CaseId caseId, long referralId, Referrals.Answer answer, String note, CurrentUser user,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            referrals.answer(user, caseId, referralId, answer, note);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("errorReferral", referralId);
            model.addAttribute("errors", e.fieldErrors());
            model.addAttribute("referrals", sharedParts.forPartner(user));
            return "referrals/list";
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("alert", e.messageKey());
            model.addAttribute("referrals", sharedParts.forPartner(user));
            return "referrals/list";
        }
        redirect.addFlashAttribute("message", "care.referral." + answer.name().toLowerCase(java.util.Locale.ROOT) + "ed");
        return "redirect:/referrals";
    }
}
