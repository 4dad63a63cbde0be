package org.sankofa.identity.web;

import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.internal.SecondFactor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Enrolment of an authenticator app: scan the code, type a code it shows, and two-step sign-in is on. */
@Controller
class SecondFactorController {

    private final SecondFactor secondFactor;

    SecondFactorController(SecondFactor secondFactor) {
        this.secondFactor = secondFactor;
    }

    @GetMapping("/profile/totp")
    String enrolment(@AuthenticationPrincipal CurrentUser user, Model model) {
        boolean enabled = secondFactor.enabled(user);
        model.addAttribute("enabled", enabled);
        model.addAttribute("required", secondFactor.required(user));
        if (!enabled) {
            model.addAttribute("enrolment", model.containsAttribute("wrongCode") ? secondFactor.pending(user)
                    : secondFactor.start(user));
        }
        return "identity/totp";
    }

    @PostMapping("/profile/totp")
    String confirm(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String code,
            RedirectAttributes redirect) {
        if (secondFactor.confirm(user, code)) {
            redirect.addFlashAttribute("message", "totp.enabled");
            return "redirect:/profile";
        }
        redirect.addFlashAttribute("wrongCode", true);
        return "redirect:/profile/totp";
    }

    @PostMapping("/profile/totp/disable")
    String disable(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String code,
            RedirectAttributes redirect) {
        redirect.addFlashAttribute("message", secondFactor.disable(user, code) ? "totp.disabled" : "totp.disable.refused");
        return "redirect:/profile";
    }
}
