package org.sankofa.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.UserAccounts;
import org.sankofa.shared.Languages;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.BindParam;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.LocaleResolver;

/** Switches the language; a signed-in user's choice is remembered in their account. */
@Controller
class LanguageController {

    static final String SESSION_ATTRIBUTE = "sankofa.locale";

    private final LocaleResolver localeResolver;
    private final UserAccounts users;

    LanguageController(LocaleResolver localeResolver, UserAccounts users) {
        this.localeResolver = localeResolver;
        this.users = users;
    }

    /** The language chosen (en, fr or pt) and the page to return to (the form field {@code return}). */
    record LanguageChoice(String lang, @BindParam("return") String returnTo) {
    }

    @PostMapping("/language")
    String change(@ModelAttribute LanguageChoice choice, @AuthenticationPrincipal CurrentUser user,
            HttpServletRequest request, HttpServletResponse response) {
        Locale locale = Languages.supported(choice.lang());
        if (locale != null) {
            localeResolver.setLocale(request, response, locale);
            if (user != null) {
                users.changeLocale(user.id(), locale.getLanguage());
                request.getSession().setAttribute(SESSION_ATTRIBUTE, locale.getLanguage());
            }
        }
        return "redirect:" + safeReturn(choice.returnTo());
    }

    /** Only paths of this site: no scheme, no host, no protocol-relative URL. */
    static String safeReturn(String returnTo) {
        if (returnTo == null || !returnTo.startsWith("/") || returnTo.startsWith("//") || returnTo.contains("\\")
                || returnTo.contains("\r") || returnTo.contains("\n")) {
            return "/";
        }
        return returnTo;
    }
}
