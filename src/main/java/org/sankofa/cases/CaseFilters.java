package org.sankofa.cases;

import java.time.LocalDate;
import java.util.function.Function;

import org.sankofa.directory.Countries;
import org.sankofa.shared.web.FormErrors;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Reads the case list's filters from request parameters; an unknown code is a 422 naming its parameter. Public so that
 * every list of cases (the case list, its API, the exports of module {@code exchange}) reads them one way.
 */
public final class CaseFilters {

    private static final String UNKNOWN = "case.code.unknown";

    private CaseFilters() {
    }

    /**
     * The filter parameters as sent (the filter form, bound from the query, and the links of the next page); a date
     * or an office id that is not one is a 400, as for any malformed parameter.
     */
    public record Params(String status, Long office, String sex, String age, String child, String exploitation,
            String nationality, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, String sort) {

        public static Params empty() {
            return new Params(null, null, null, null, null, null, null, null, null, null);
        }
    }

    /** The filter, or a 422 naming every parameter that is not a known code. */
    public static CaseFilter parse(Params p, String cursor, int size, Countries countries) {
        FormErrors read = new FormErrors();
        CaseFilter filter = read(p, cursor, size, countries, read);
        read.throwIfAny();
        return filter;
    }

    /** The filter, with a message in {@code read} for each parameter that is not a known code. */
    public static CaseFilter read(Params p, String cursor, int size, Countries countries, FormErrors read) {
        CaseStatus status = code(read, "status", p.status(), CaseStatus::fromValue);
        Gender sex = code(read, "sex", p.sex(), Gender::fromValue);
        AgeBand band = code(read, "age", p.age(), AgeBand::fromLabel);
        Boolean child = code(read, "child", p.child(), CaseFilters::child);
        TypeOfExploitation exploitation = code(read, "exploitation", p.exploitation(), TypeOfExploitation::fromValue);
        String nationality = null;
        if (!blank(p.nationality())) {
            if (countries.exists(p.nationality())) {
                nationality = p.nationality();
            } else {
                read.reject("nationality", "case.country.unknown");
            }
        }
        CaseFilter.Sort sort = blank(p.sort()) ? CaseFilter.Sort.DATE : code(read, "sort", p.sort(), CaseFilters::sort);
        if (p.from() != null && p.to() != null && p.to().isBefore(p.from())) {
            read.reject("to", "case.dates.order");
        }
        return new CaseFilter(status, p.office(), sex, band, child, exploitation, nationality, p.from(), p.to(),
                sort == null ? CaseFilter.Sort.DATE : sort, blank(cursor) ? null : cursor, size);
    }

    /** A code of the list, or null when blank; an unknown one is refused with a message for its parameter. */
    private static <T> T code(FormErrors read, String parameter, String value, Function<String, T> fromValue) {
        if (blank(value)) {
            return null;
        }
        try {
            return fromValue.apply(value);
        } catch (IllegalArgumentException e) {
            read.reject(parameter, UNKNOWN);
            return null;
        }
    }

    private static Boolean child(String value) {
        return switch (value) {
            case "child" -> true;
            case "adult" -> false;
            default -> throw new IllegalArgumentException(value);
        };
    }

    private static CaseFilter.Sort sort(String value) {
        return switch (value) {
            case "date" -> CaseFilter.Sort.DATE;
            case "number" -> CaseFilter.Sort.NUMBER;
            default -> throw new IllegalArgumentException(value);
        };
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
