package org.sankofa.directory;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Service;

/**
 * The countries of ISO 3166-1 (alpha-2 codes), named in the caller's language from the JDK's locale data, so that no
 * name has to be stored or translated by hand. The same 249 codes are in the {@code country} table.
 */
@Service
public class Countries {

    private static final Set<String> CODES = Set.copyOf(
            Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));

    /** Every country, sorted by its name in that language (as a person expects in a select list). */
    public List<Country> all(Locale language) {
        Collator collator = Collator.getInstance(language);
        collator.setStrength(Collator.PRIMARY);
        return CODES.stream().map(code -> new Country(code, name(code, language)))
                .sorted(Comparator.comparing(Country::name, collator).thenComparing(Country::code)).toList();
    }

    /** Whether the code is an ISO 3166-1 alpha-2 code (upper case, as stored). */
    public boolean exists(String code) {
        return code != null && CODES.contains(code);
    }

    /** The country's name in that language; the code itself when it is not a known code. */
    public String name(String code, Locale language) {
        if (!exists(code)) {
            return code;
        }
        return new Locale("", code).getDisplayCountry(language);
    }

    /** The codes, in alphabetical order. */
    public List<String> codes() {
        String[] codes = CODES.toArray(String[]::new);
        Arrays.sort(codes);
        return List.of(codes);
    }
}
