package org.sankofa.identity.web;

import java.time.Duration;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.internal.ApiTokens;
import org.sankofa.identity.internal.PasswordChange;
import org.sankofa.identity.internal.SecondFactor;
import org.sankofa.identity.internal.SecurityProperties;
import org.sankofa.shared.web.FormErrors;
import org.sankofa.shared.web.FormSubmission;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in person's own page: who they are, their password, their second factor, their personal access tokens. */
@Controller
class ProfileController {

    private final ApiTokens tokens;
    private final SecondFactor secondFactor;
    private final SecurityProperties properties;
    private final PasswordChange passwordChange;

    ProfileController(ApiTokens tokens, SecondFactor secondFactor, SecurityProperties properties,
            PasswordChange passwordChange) {
        this.tokens = tokens;
        this.secondFactor = secondFactor;
        this.properties = properties;
        this.passwordChange = passwordChange;
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

    /** The form of a new password; the other sessions end unless the box is unticked. */
    record PasswordForm(String currentPassword, String newPassword, String repeatedPassword, String endOtherSessions) {
    }

    @GetMapping("/profile/password")
    String passwordForm(Model model) {
        model.addAttribute("errors", Map.of());
        return "identity/password";
    }

    /** A wrong current password or a new one that breaks the rules shows the form again with 422; nothing changes. */
    @PostMapping("/profile/password")
    String changePassword(@AuthenticationPrincipal CurrentUser user, @ModelAttribute PasswordForm form,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect, Model model) {
        return FormSubmission.submit(new FormErrors(), response, () -> {
            passwordChange.change(user, new PasswordChange.Request(form.currentPassword(), form.newPassword(),
                    form.repeatedPassword(), FormErrors.checked(form.endOtherSessions()), request.getSession().getId(),
                    request.getRemoteAddr()));
            redirect.addFlashAttribute("message", "profile.password.changed");
            return "redirect:/profile";
        }, (errors, alert) -> {
            model.addAttribute("errors", errors);
            return "identity/password";
        });
    }

    /** A token to issue: its name (1 to 100 characters) and how many days it lasts (1 to 366; blank for the default). */
    record TokenForm(String name, String days) {
    }

    /** Bad input shows the page again with the message and status 422; nothing is stored. */
    @PostMapping("/profile/tokens")
    String issueToken(@AuthenticationPrincipal CurrentUser user, @ModelAttribute TokenForm form, Model model,
            HttpServletResponse response) {
        FormErrors read = new FormErrors();
        String name = FormErrors.text(form.name());
        if (name == null || name.length() > 100) {
            read.reject("name", "profile.tokens.name.invalid");
        }
        Integer days = FormErrors.text(form.days()) == null ? Integer.valueOf((int) properties.tokenLifetime().toDays())
                : read.integer("days", form.days(), "profile.tokens.days.invalid");
        if (days != null && (days < 1 || days > 366)) {
            read.reject("days", "profile.tokens.days.invalid");
        }
        return FormSubmission.submit(read, response, () -> {
            // Shown once, in this response: never kept in the session, where it would be stored in the database.
            model.addAttribute("issued", tokens.issue(user, name, Duration.ofDays(days)));
            response.setStatus(HttpStatus.CREATED.value());
            return page(user, model);
        }, (errors, alert) -> {
            model.addAttribute("tokenError", errors.getOrDefault("name", errors.get("days")));
            return page(user, model);
        });
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
    String disableSecondFactor(@AuthenticationPrincipal CurrentUser user,
            @ModelAttribute SecondFactorController.CodeForm form, RedirectAttributes redirect, Model model,
            HttpServletResponse response) {
        if (secondFactor.disable(user, form.code())) {
            redirect.addFlashAttribute("message", "totp.disabled");
            return "redirect:/profile";
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("totpError", "totp.disable.refused");
        return page(user, model);
    }
}
