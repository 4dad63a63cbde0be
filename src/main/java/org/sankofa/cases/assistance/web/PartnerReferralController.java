package org.sankofa.cases.assistance.web;

import java.util.Locale;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sankofa.cases.CaseId;
import org.sankofa.cases.assistance.internal.Referrals;
import org.sankofa.cases.assistance.internal.SharedParts;
import org.sankofa.cases.web.Sections;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Roles;
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

    /** A partner's answer to a referral: a note (required to decline). */
    record AnswerForm(String note) {
    }

    @PostMapping("/cases/{caseId}/referrals/{referralId}/accept")
    String accept(@PathVariable CaseId caseId, @PathVariable long referralId, @ModelAttribute AnswerForm form,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return answer(caseId, referralId, Referrals.Answer.ACCEPT, form.note(), user, model, response, redirect);
    }

    @PostMapping("/cases/{caseId}/referrals/{referralId}/decline")
    String decline(@PathVariable CaseId caseId, @PathVariable long referralId, @ModelAttribute AnswerForm form,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return answer(caseId, referralId, Referrals.Answer.DECLINE, form.note(), user, model, response, redirect);
    }

    @PostMapping("/cases/{caseId}/referrals/{referralId}/complete")
    String complete(@PathVariable CaseId caseId, @PathVariable long referralId,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        return answer(caseId, referralId, Referrals.Answer.COMPLETE, null, user, model, response, redirect);
    }

    private String answer(CaseId caseId, long referralId, Referrals.Answer answer, String note, CurrentUser user,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return FormSubmission.submit(new FormErrors(), response, () -> {
            referrals.answer(user, caseId, referralId, answer, note);
            redirect.addFlashAttribute("message",
                    "care.referral." + answer.name().toLowerCase(Locale.ROOT) + "ed");
            return "redirect:/referrals";
        }, (errors, alert) -> {
            if (alert == null) {
                model.addAttribute("errorReferral", referralId);
                model.addAttribute("errors", errors);
            } else {
                model.addAttribute("alert", alert);
            }
            model.addAttribute("referrals", sharedParts.forPartner(user));
            return "referrals/list";
        });
    }
}
