package org.sankofa.legal.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.sankofa.directory.Countries;
import org.sankofa.directory.Country;
import org.sankofa.identity.CurrentUser;
import org.sankofa.legal.LegalRecords;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;

/**
 * What the legal pages share: the messages of values that cannot be read, the size of a list page, and the country
 * scope of the person editing statuses and laws.
 */
final class LegalForms {

    /** "Enter a real date as YYYY-MM-DD." */
    static final String DATE = "legal.date.invalid";
    /** "Enter a whole number." */
    static final String NUMBER = "legal.number.invalid";

    static final int PAGE_SIZE = 25;

    private LegalForms() {
    }

    /** The countries the user may record statuses and laws of, named in the reader's language. */
    static List<Country> editableCountries(LegalRecords legal, Countries countries, CurrentUser user) {
        Set<String> editable = legal.editableCountries(user);
        return countries.all(LocaleContextHolder.getLocale()).stream().filter(c -> editable.contains(c.code()))
                .toList();
    }

    /** A country outside the user's scope is refused (403) before anything else is looked at. */
    static void requireScope(LegalRecords legal, Countries countries, CurrentUser user, String country) {
        String code = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        if (countries.exists(code) && !legal.mayEdit(user, code)) {
            throw new AccessDeniedException("country outside the scope");
        }
    }
}
