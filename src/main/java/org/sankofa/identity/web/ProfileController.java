package org.sankofa.identity.web;

import java.time.Duration;

import jakarta.servlet.http.HttpServletResponse;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.internal.ApiTokens;
import org.sankofa.identity.internal.SecondFactor;
import org.sankofa.identity.internal.SecurityProperties;
import org.springframework.http.HttpStatus;
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
        return page(user, model);
    }

    private String page(CurrentUser user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("tokens", tokens.list(user.id()));
        model.addAttribute("totpEnabled", secondFactor.enabled(user));
        model.addAttribute("totpRequired", secondFactor.required(user));
        model.addAttribute("defaultLifetimeDays", properties.tokenLifetime().toDays());
        return "identity/profile";
    }

    /** Bad input shows the page again with the message and status 422; nothing is stored. */
    @PostMapping("/profile/tokens")
    String issueToken(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String days, RedirectAttributes redirect, Model model,
            HttpServletResponse response) {
        String trimmed = name.strip();
        Integer lifetime = parseDays(days);
        if (trimmed.isEmpty() || trimmed.length() > 100 || lifetime == null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("tokenError", trimmed.isEmpty() || trimmed.length() > 100
                    ? "profile.tokens.name.invalid" : "profile.tokens.days.invalid");
            return page(user, model);
        }
        // Shown once, in this response: never kept in the session, where it would be stored in the database.
        model.addAttribute("issued", tokens.issue(user, trimmed, Duration.ofDays(lifetime)));
        response.setStatus(HttpStatus.CREATED.value());
        return page(user, model);
    }

    @PostMapping("/profile/tokens/{id}/revoke")
    String revokeToken(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes redirect,
            Model model, HttpServletResponse response) {
        if (!tokens.revoke(user, id)) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            model.addAttribute("tokenError", "profile.tokens.notfound");
            return page(user, model);
        }
        redirect.addFlashAttribute("message", "profile.tokens.revoked");
        return "redirect:/profile";
    }

    /** Turning the second factor off takes a current code, and is refused to roles that require it (422). */
    @PostMapping("/profile/totp/disable")
    String disableSecondFactor(@AuthenticationPrincipal CurrentUser user, @RequestParam(defaultValue = "") String code,
            RedirectAttributes redirect, Model model, HttpServletResponse response) {
        if (secondFactor.disable(user, code)) {
            redirect.addFlashAttribute("message", "totp.disabled");
            return "redirect:/profile";
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("totpError", "totp.disable.refused");
        return page(user, model);
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
