package org.sankofa.directory.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.sankofa.directory.Countries;
import org.sankofa.directory.NewOffice;
import org.sankofa.directory.NewOrganisation;
import org.sankofa.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * The rules an organisation and an office must follow, in one place for the pages, the API and other modules.
 * Values are trimmed first; blank optional values become null. Each broken rule names its field and a message key.
 */
@Component
class DirectoryRules {

    static final Pattern OFFICE_CODE = Pattern.compile("^[A-Z]{2}-[A-Z0-9]{2,10}$");

    private final Countries countries;

    DirectoryRules(Countries countries) {
        this.countries = countries;
    }

    NewOrganisation normalise(NewOrganisation o) {
        return new NewOrganisation(trim(o.name()), trim(o.acronym()), o.type(), trim(o.countryCode()),
                trim(o.website()));
    }

    NewOffice normalise(NewOffice o) {
        return new NewOffice(o.organisationId(), trim(o.code()), trim(o.name()), trim(o.countryCode()),
                trim(o.city()));
    }

    /** Throws {@link InvalidInputException} naming every field that breaks a rule. */
    void check(NewOrganisation o) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (o.name() == null) {
            errors.put("name", "organisation.name.required");
        } else if (o.name().length() > 200) {
            errors.put("name", "organisation.name.too.long");
        }
        if (o.acronym() != null && o.acronym().length() > 40) {
            errors.put("acronym", "organisation.acronym.too.long");
        }
        if (o.type() == null) {
            errors.put("type", "organisation.type.required");
        }
        if (o.countryCode() != null && !countries.exists(o.countryCode())) {
            errors.put("country", "country.unknown");
        }
        if (o.website() != null) {
            if (o.website().length() > 300) {
                errors.put("website", "organisation.website.too.long");
            } else if (!isWebAddress(o.website())) {
                errors.put("website", "organisation.website.invalid");
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    void check(NewOffice o) {
        Map<String, String> errors = new LinkedHashMap<>();
        boolean knownCountry = false;
        if (o.countryCode() == null) {
            errors.put("country", "office.country.required");
        } else if (!countries.exists(o.countryCode())) {
            errors.put("country", "country.unknown");
        } else {
            knownCountry = true;
        }
        if (o.code() == null) {
            errors.put("code", "office.code.required");
        } else if (!OFFICE_CODE.matcher(o.code()).matches()) {
            errors.put("code", "office.code.format");
        } else if (knownCountry && !o.code().startsWith(o.countryCode() + "-")) {
            errors.put("code", "office.code.country");
        }
        if (o.name() == null) {
            errors.put("name", "office.name.required");
        } else if (o.name().length() > 200) {
            errors.put("name", "office.name.too.long");
        }
        if (o.city() == null) {
            errors.put("city", "office.city.required");
        } else if (o.city().length() > 120) {
            errors.put("city", "office.city.too.long");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    static boolean isWebAddress(String value) {
        if (value.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String trim(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
