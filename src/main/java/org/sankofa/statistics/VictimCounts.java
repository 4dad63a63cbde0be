package org.sankofa.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.sankofa.cases.AgeBand;
import org.sankofa.cases.CountryBasis;
import org.sankofa.cases.Gender;
import org.sankofa.cases.TypeOfExploitation;
import org.sankofa.cases.VictimMeasure;

/**
 * Aggregate counts of persons for one {@link VictimMeasure} over a date range and a set of countries: the total and
 * its breakdowns. Never an identity: only counts. Counts may be small (a single person in a country and quarter);
 * coordinators and M&E officers see aggregates by design (docs/security.md), so nothing is suppressed here — an
 * export for the public must apply its own disclosure control (the CTDC export's k-anonymity).
 *
 * <p>Every breakdown except {@code byExploitation} partitions the total (its parts sum to it). A case may have
 * several forms of exploitation, or none recorded, so the parts of {@code byExploitation} may sum to more or less
 * than the total: a "parts sum to the total" rule must not be applied to it.
 *
 * @param measure        what was counted
 * @param basis          which country of a case the country filter looked at
 * @param countries      the countries counted (ISO alpha-2), sorted
 * @param from           first day counted (inclusive)
 * @param to             last day counted (inclusive)
 * @param total          persons counted
 * @param bySex          by HTCDS gender (only genders with a count)
 * @param children       persons aged 0–17 at identification
 * @param adults         persons aged 18 or more at identification
 * @param byAgeBand      by {@link AgeBand} of the age at identification (only bands with a count)
 * @param byExploitation by form of exploitation; overlapping (see above)
 * @param byCountry      by the country of the basis (only countries with a count)
 */
public record VictimCounts(VictimMeasure measure, CountryBasis basis, List<String> countries, LocalDate from,
        LocalDate to, long total, Map<Gender, Long> bySex, long children, long adults, Map<AgeBand, Long> byAgeBand,
        Map<TypeOfExploitation, Long> byExploitation, Map<String, Long> byCountry) {
}
