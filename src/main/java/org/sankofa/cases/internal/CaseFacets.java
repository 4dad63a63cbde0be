package org.sankofa.cases.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.sankofa.cases.CaseFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What an office's facet counts (V42, {@code case_list_facet}) say about a filter, read without touching a case: how
 * many of the office's cases the filter's facet conditions match, which facets hold them, and how many cases the
 * office holds (docs/decisions/0015-case-list-facets.md).
 *
 * <p>A facet is a combination of the five columns the list filters on in clear (status, sex, child, nationality,
 * exploitation types); an office has a few hundred to a few thousand, however many cases it holds.
 */
@Component
class CaseFacets {

    /** The facet expression, the same as the index case_file_by_office_facet's. */
    static final String FACET = "case_list_facet(c.status, c.sex, c.is_child, c.citizenship, c.exploitation_types)";

    private final JdbcClient jdbc;

    CaseFacets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The office's facets that pass the filter's facet conditions ({@code and …}, on the alias {@code c}, as
     * {@link CaseList} writes them for case_file: the summary has the same column names).
     */
    Match match(long officeId, String facetConditions, Map<String, Object> filterParameters) {
        Map<String, Object> params = new HashMap<>(filterParameters);
        params.put("facetOfficeId", officeId);
        String matches = "true" + facetConditions;
        return jdbc.sql("select coalesce(array_agg(c.facet) filter (where " + matches + "), '{}') as facets,"
                        + " coalesce(sum(c.cases) filter (where " + matches + "), 0) as matched,"
                        + " coalesce(sum(c.cases), 0) as office_cases"
                        + " from case_list_facet c where c.office_id = :facetOfficeId and c.cases > 0")
                .params(params)
                .query((rs, n) -> new Match(List.of((String[]) rs.getArray("facets").getArray()),
                        rs.getLong("matched"), rs.getLong("office_cases")))
                .single();
    }

    /**
     * The facets a filter matches in one office, the cases they hold, and the office's cases.
     *
     * @param facets the facet texts (as {@link #FACET} computes them) holding the matching cases
     * @param matched how many of the office's cases pass the facet conditions (exactly)
     * @param officeCases how many cases the office holds
     */
    record Match(List<String> facets, long matched, long officeCases) {

        /**
         * Whether reading the matches by facet and sorting them beats walking the office in list order: walking
         * reads about {@code rows × officeCases / matched} index entries before it has a page of {@code rows}
         * matches, reading by facet about {@code matched}; the two meet at {@code matched² = rows × officeCases}.
         */
        boolean rare(int rows) {
            return matched * matched <= (long) rows * officeCases;
        }

        /** The condition that keeps a case only if it is in one of these facets (on case_file_by_office_facet). */
        String condition() {
            return " and " + FACET + " = any(cast(:facets as text[]))";
        }

        String facetArray() {
            return CaseWriter.textArray(facets);
        }
    }
}
