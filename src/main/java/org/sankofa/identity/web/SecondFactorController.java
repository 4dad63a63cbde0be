package org.sankofa.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.internal.SecondFactor;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Enrolment of an authenticator app: scan the code, type a code it shows, and two-step sign-in is on. */
@Controller
class SecondFactorController {

    private final SecondFactor secondFactor;

    SecondFactorController(SecondFactor secondFactor) {
        this.secondFactor = secondFactor;
    }

    /** The six digits an authenticator app shows, as a form sends them. */
    record CodeForm(String code) {
    }

    @GetMapping("/profile/totp")
    String enrolment(@AuthenticationPrincipal CurrentUser user, Model model) {
        boolean enabled = secondFactor.enabled(user);
        model.addAttribute("enabled", enabled);
        model.addAttribute("required", secondFactor.required(user));
        if (!enabled) {
            model.addAttribute("enrolment", secondFactor.start(user));
        }
        return "identity/totp";
    }

    /** A wrong code shows the same key again with the message and status 422. */
    @PostMapping("/profile/totp")
    String confirm(@AuthenticationPrincipal CurrentUser user, @ModelAttribute CodeForm form,
            RedirectAttributes redirect, Model model, HttpServletResponse response) {
        if (secondFactor.confirm(user, form.code())) {
            redirect.addFlashAttribute("message", "totp.enabled");
            return "redirect:/profile";
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        boolean enabled = secondFactor.enabled(user);
        model.addAttribute("enabled", enabled);
        model.addAttribute("required", secondFactor.required(user));
        model.addAttribute("wrongCode", true);
        if (!enabled) {
            model.addAttribute("enrolment", secondFactor.pending(user));
        }
        return "identity/totp";
    }
}
