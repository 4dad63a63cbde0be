package org.sankofa.directory;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The countries of every country picker ({@code @countryPicker} in templates): the countries of the region Sankofa
 * serves first — every country that is or was a member of ECOWAS or ECCAS (Mali, Burkina Faso and Niger left ECOWAS
 * in 2025 and remain where cases come from) — then every other country, each group sorted by name in the reader's
 * language.
 */
@Component("countryPicker")
public class CountryPicker {

    /** The regional communities whose member states, past and present, Sankofa serves first. */
    static final List<String> REGION = List.of("ECOWAS", "ECCAS");

    /** A group of a picker: the message key of its label, and its countries. */
    public record Group(String labelKey, List<Country> countries) {
    }

    private final Countries countries;
    private final JdbcClient jdbc;

    CountryPicker(Countries countries, JdbcClient jdbc) {
        this.countries = countries;
        this.jdbc = jdbc;
    }

    /** The two groups in the reader's language: the region's countries, then the others. */
    public List<Group> groups() {
        return groups(LocaleContextHolder.getLocale());
    }

    public List<Group> groups(Locale language) {
        Set<String> region = Set.copyOf(jdbc.sql("""
                select distinct country_code from community_membership where community_code in (:communities)""")
                .param("communities", REGION).query(String.class).list());
        List<Country> first = new ArrayList<>();
        List<Country> others = new ArrayList<>();
        for (Country country : countries.all(language)) {
            (region.contains(country.code()) ? first : others).add(country);
        }
        return List.of(new Group("country.group.region", first), new Group("country.group.others", others));
    }

    /** Every country in one list, the region's first: for a picker that has no groups. */
    public List<Country> regionFirst(Locale language) {
        return groups(language).stream().flatMap(g -> g.countries().stream()).toList();
    }
}
