package org.sankofa.directory.web;

import java.util.Collections;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.sankofa.shared.Languages;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;

/**
 * The language of names in API answers: the first of en, fr, pt in the caller's {@code Accept-Language}, else the
 * language of the signed-in user.
 */
final class ApiLanguage {

    private ApiLanguage() {
    }

    static Locale of(HttpServletRequest request) {
        if (request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) != null) {
            for (Locale preferred : Collections.list(request.getLocales())) {
                Locale supported = Languages.supported(preferred.toLanguageTag());
                if (supported != null) {
                    return supported;
                }
            }
        }
        Locale current = Languages.supported(LocaleContextHolder.getLocale().toLanguageTag());
        return current == null ? Locale.ENGLISH : current;
    }
}
