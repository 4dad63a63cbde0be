package org.sankofa.identity.web;

import java.time.Duration;

import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.internal.ApiTokens;
import org.sankofa.identity.internal.SecondFactor;
import org.sankofa.identity.internal.SecurityProperties;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in person's own page: who they are, their second factor, their personal access tokens. */
@Controller
class ProfileController {

    private final ApiTokens tokens;
    private final SecondFactor secondFactor;
    private final SecurityProperties properties;

    ProfileController(ApiTokens tokens, SecondFactor secondFactor, SecurityProperties properties) {
        this.tokens = tokens;
        this.secondFactor = secondFactor;
        this.properties = properties;
    }

    @GetMapping("/profile")
    String profile(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("tokens", tokens.list(user.id()));
        model.addAttribute("totpEnabled", secondFactor.enabled(user));
        model.addAttribute("totpRequired", secondFactor.required(user));
        model.addAttribute("defaultLifetimeDays", properties.tokenLifetime().toDays());
        return "identity/profile";
    }

    @PostMapping("/profile/tokens")
    String issueToken(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String days, RedirectAttributes redirect) {
        String trimmed = name.strip();
        Integer lifetime = parseDays(days);
        if (trimmed.isEmpty() || trimmed.length() > 100 || lifetime == null) {
            redirect.addFlashAttribute("tokenError", trimmed.isEmpty() || trimmed.length() > 100
                    ? "profile.tokens.name.invalid" : "profile.tokens.days.invalid");
            return "redirect:/profile";
        }
        redirect.addFlashAttribute("issued", tokens.issue(user, trimmed, Duration.ofDays(lifetime)));
        return "redirect:/profile";
    }

    @PostMapping("/profile/tokens/{id}/revoke")
    String revokeToken(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("message", tokens.revoke(user, id) ? "profile.tokens.revoked"
                : "profile.tokens.notfound");
        return "redirect:/profile";
    }

    private Integer parseDays(String days) {
        if (days.isBlank()) {
            return (int) properties.tokenLifetime().toDays();
        }
        try {
            int value = Integer.parseInt(days.strip());
            return value >= 1 && value <= 366 ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
