package org.sankofa.directory.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.sankofa.directory.Coordinates;
import org.sankofa.directory.Countries;
import org.sankofa.directory.NewPartnerService;
import org.sankofa.directory.SpokenLanguage;
import org.sankofa.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * The rules a partner's service follows, in one place for the pages, the API and the demo. Text is trimmed first and
 * blank optional values become null; coordinates are kept to five decimals (about a metre). Each broken rule names
 * its field and a message key.
 */
@Component
class PartnerServiceRules {

    static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 ().-]{3,38}$");
    static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    static final BigDecimal MAX_LATITUDE = BigDecimal.valueOf(90);
    static final BigDecimal MAX_LONGITUDE = BigDecimal.valueOf(180);
    static final int MAX_CAPACITY = 100_000;

    private final Countries countries;

    PartnerServiceRules(Countries countries) {
        this.countries = countries;
    }

    NewPartnerService normalise(NewPartnerService s) {
        Coordinates point = s.coordinates();
        if (point != null && point.latitude() == null && point.longitude() == null) {
            point = null;
        }
        if (point != null) {
            point = new Coordinates(round(point.latitude()), round(point.longitude()));
        }
        List<String> languages = s.languages().stream().map(PartnerServiceRules::trim)
                .filter(java.util.Objects::nonNull).map(l -> l.toLowerCase(java.util.Locale.ROOT)).distinct().toList();
        String country = trim(s.countryCode());
        return new NewPartnerService(s.type(), trim(s.name()), s.servedGroups(),
                country == null ? null : country.toUpperCase(java.util.Locale.ROOT), trim(s.city()), point,
                s.capacity(), s.availability(), languages, trim(s.contactName()), trim(s.contactPhone()),
                trim(s.contactEmail()), trim(s.hours()));
    }

    /** Throws {@link InvalidInputException} naming every field that breaks a rule. */
    void check(NewPartnerService s) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (s.type() == null) {
            errors.put("type", "partner.service.type.required");
        }
        tooLong(errors, "name", s.name(), 200);
        if (s.servedGroups().isEmpty()) {
            errors.put("servedGroups", "partner.service.for.required");
        }
        if (s.countryCode() == null) {
            errors.put("country", "partner.service.country.required");
        } else if (!countries.exists(s.countryCode())) {
            errors.put("country", "country.unknown");
        }
        if (s.city() == null) {
            errors.put("city", "partner.service.city.required");
        } else {
            tooLong(errors, "city", s.city(), 120);
        }
        checkPoint(errors, s.coordinates());
        if (s.capacity() != null && (s.capacity() < 0 || s.capacity() > MAX_CAPACITY)) {
            errors.put("capacity", "partner.service.capacity.range");
        }
        if (s.availability() == null) {
            errors.put("availability", "partner.service.availability.required");
        }
        if (s.languages().stream().anyMatch(l -> !SpokenLanguage.known(l))) {
            errors.put("languages", "partner.service.languages.invalid");
        }
        tooLong(errors, "contactName", s.contactName(), 200);
        if (s.contactPhone() != null && !PHONE.matcher(s.contactPhone()).matches()) {
            errors.put("contactPhone", "partner.service.phone.invalid");
        }
        if (s.contactEmail() != null && (s.contactEmail().length() > 200 || !EMAIL.matcher(s.contactEmail()).matches())) {
            errors.put("contactEmail", "partner.service.email.invalid");
        }
        tooLong(errors, "hours", s.hours(), 200);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** An office's point, kept to five decimals: null stays null; throws when it is not whole or out of range. */
    Coordinates checkedPoint(Coordinates point) {
        Map<String, String> errors = new LinkedHashMap<>();
        checkPoint(errors, point);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return point == null ? null : new Coordinates(round(point.latitude()), round(point.longitude()));
    }

    private static void checkPoint(Map<String, String> errors, Coordinates point) {
        if (point == null) {
            return;
        }
        if (point.latitude() == null) {
            errors.put("latitude", "partner.service.point.whole");
        } else if (point.latitude().abs().compareTo(MAX_LATITUDE) > 0) {
            errors.put("latitude", "partner.service.latitude.range");
        }
        if (point.longitude() == null) {
            errors.put("longitude", "partner.service.point.whole");
        } else if (point.longitude().abs().compareTo(MAX_LONGITUDE) > 0) {
            errors.put("longitude", "partner.service.longitude.range");
        }
    }

    private static void tooLong(Map<String, String> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.put(field, "partner.service." + field + ".too.long");
        }
    }

    private static BigDecimal round(BigDecimal value) {
        return value == null ? null : value.setScale(5, RoundingMode.HALF_UP);
    }

    private static String trim(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
