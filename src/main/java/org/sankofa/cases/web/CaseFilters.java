package org.sankofa.cases.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.sankofa.cases.AgeBand;
import org.sankofa.cases.CaseFilter;
import org.sankofa.cases.CaseStatus;
import org.sankofa.cases.Gender;
import org.sankofa.cases.TypeOfExploitation;
import org.sankofa.directory.Countries;
import org.sankofa.shared.InvalidInputException;

/** Reads the case list's filters from request parameters; an unknown code is a 422 naming its parameter. */
final class CaseFilters {

    private CaseFilters() {
    }

    /** The filter parameters as sent (for the filter form and the links of the next page). */
    record Params(String status, Long office, String sex, String age, String child, String exploitation,
            String nationality, LocalDate from, LocalDate to, String sort) {

        static Params empty() {
            return new Params(null, null, null, null, null, null, null, null, null, null);
        }
    }

    static CaseFilter parse(Params p, String cursor, int size, Countries countries) {
        Map<String, String> errors = new LinkedHashMap<>();
        CaseStatus status = null;
        Gender sex = null;
        AgeBand band = null;
        Boolean child = null;
        TypeOfExploitation exploitation = null;
        String nationality = null;
        CaseFilter.Sort sort = CaseFilter.Sort.DATE;
        try {
            status = blank(p.status()) ? null : CaseStatus.fromValue(p.status());
        } catch (IllegalArgumentException e) {
            errors.put("status", "case.code.unknown");
        }
        try {
            sex = blank(p.sex()) ? null : Gender.fromValue(p.sex());
        } catch (IllegalArgumentException e) {
            errors.put("sex", "case.code.unknown");
        }
        try {
            band = blank(p.age()) ? null : AgeBand.fromLabel(p.age());
        } catch (IllegalArgumentException e) {
            errors.put("age", "case.code.unknown");
        }
        if (!blank(p.child())) {
            switch (p.child()) {
                case "child" -> child = true;
                case "adult" -> child = false;
                default -> errors.put("child", "case.code.unknown");
            }
        }
        try {
            exploitation = blank(p.exploitation()) ? null : TypeOfExploitation.fromValue(p.exploitation());
        } catch (IllegalArgumentException e) {
            errors.put("exploitation", "case.code.unknown");
        }
        if (!blank(p.nationality())) {
            if (countries.exists(p.nationality())) {
                nationality = p.nationality();
            } else {
                errors.put("nationality", "case.country.unknown");
            }
        }
        if (!blank(p.sort())) {
            switch (p.sort()) {
                case "date" -> sort = CaseFilter.Sort.DATE;
                case "number" -> sort = CaseFilter.Sort.NUMBER;
                default -> errors.put("sort", "case.code.unknown");
            }
        }
        if (p.from() != null && p.to() != null && p.to().isBefore(p.from())) {
            errors.put("to", "case.dates.order");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new CaseFilter(status, p.office(), sex, band, child, exploitation, nationality, p.from(), p.to(), sort,
                blank(cursor) ? null : cursor, size);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
