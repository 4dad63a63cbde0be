package org.sankofa.web;

import java.time.Duration;
import java.util.Locale;

import org.sankofa.shared.Languages;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sankofa.identity.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language shown: the one the signed-in user chose (remembered in their account), else the one chosen on
 * this browser (a cookie), else the browser's preferred language among en, fr and pt, else English.
 */
class UserLocaleResolver implements LocaleResolver {

    static final String COOKIE = "sankofa-lang";
    static final String REQUEST_ATTRIBUTE = UserLocaleResolver.class.getName() + ".locale";

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (request.getAttribute(REQUEST_ATTRIBUTE) instanceof Locale chosen) {
            return chosen;
        }
        if (request.getRequestURI().startsWith("/api/") && request.getHeader("Accept-Language") != null) {
            Locale asked = preferred(request);
            if (asked != null) {
                return asked; // an API client asks for its language with each request
            }
        }
        var session = request.getSession(false);
        if (session != null && session.getAttribute(LanguageController.SESSION_ATTRIBUTE) instanceof String chosen
                && Languages.supported(chosen) != null) {
            return Languages.supported(chosen);
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
            Locale locale = Languages.supported(user.locale());
            if (locale != null) {
                return locale;
            }
        }
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName()) && Languages.supported(cookie.getValue()) != null) {
                    return Languages.supported(cookie.getValue());
                }
            }
        }
        Locale preferred = preferred(request);
        return preferred != null ? preferred : Locale.ENGLISH;
    }

    private static Locale preferred(HttpServletRequest request) {
        for (var preferred : java.util.Collections.list(request.getLocales())) {
            Locale locale = Languages.supported(preferred.toLanguageTag());
            if (locale != null) {
                return locale;
            }
        }
        return null;
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        request.setAttribute(REQUEST_ATTRIBUTE, locale);
        Cookie cookie = new Cookie(COOKIE, locale.getLanguage());
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
