package org.sankofa.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sankofa.cases.AgeBand;
import org.sankofa.cases.CountryBasis;
import org.sankofa.cases.Gender;
import org.sankofa.cases.TypeOfExploitation;
import org.sankofa.cases.VictimMeasure;
import org.sankofa.statistics.VictimCounts;
import org.sankofa.statistics.VictimStatistics;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * VictimStatistics against cases this test creates: each expected figure is computed here from the cases created, and
 * compared with what the service counts beyond what it counted before they existed (other tests' and the demo's
 * cases may share the range). The range is a random quarter of the 20th century, far from the demo's dates.
 */
@SankofaTest
class VictimStatisticsTests {

    @Autowired
    VictimStatistics statistics;
    @Autowired
    JdbcClient jdbc;

    /** A case as created: where and when identified, who, and the dates of its services and its return. */
    record Made(LocalDate identifiedOn, String country, String citizenship, Gender sex, int age, List<String> forms,
            boolean victim, List<LocalDate> services, LocalDate arrivedOn) {
    }

    private final Random random = new Random();
    private LocalDate from;
    private LocalDate to;

    @BeforeEach
    void range() {
        int year = 1901 + random.nextInt(98);
        int quarter = random.nextInt(4);
        from = LocalDate.of(year, 3 * quarter + 1, 1);
        to = from.plusMonths(3).minusDays(1);
    }

    @Test
    void identifiedCountsTheDaysOfTheRangeBothIncludedAndOnlyTheCountriesAsked() {
        List<Made> made = new ArrayList<>();
        // the boundaries: first and last day in, the days either side out
        made.add(make(from, "ML", "ML", Gender.FEMININE, 14, List.of("ForcedBegging"), true));
        made.add(make(to, "ML", "BF", Gender.MASCULINE, 30, List.of("ForcedLabour"), true));
        made.add(make(from.minusDays(1), "ML", "ML", Gender.FEMININE, 9, List.of("ForcedBegging"), true));
        made.add(make(to.plusDays(1), "ML", "ML", Gender.MASCULINE, 9, List.of("ForcedBegging"), true));
        // another country, and a person screened "not a victim"
        made.add(make(from.plusDays(10), "SN", "ML", Gender.MASCULINE, 12, List.of("ForcedBegging"), true));
        made.add(make(from.plusDays(11), "ML", "ML", Gender.FEMININE, 22, List.of("SexualExploitation"), false));
        // two forms of exploitation for one person
        made.add(make(from.plusDays(12), "ML", "NE", Gender.FEMININE, 16,
                List.of("SexualExploitation", "Servitude"), true));
        for (int i = 0; i < 25; i++) {
            made.add(randomCase());
        }
        VictimCounts before = count(VictimMeasure.VICTIMS_IDENTIFIED, CountryBasis.IDENTIFIED_IN, "ML");
        VictimCounts beforeBoth = count(VictimMeasure.VICTIMS_IDENTIFIED, CountryBasis.IDENTIFIED_IN, "ML", "SN");
        VictimCounts beforeCitizens = count(VictimMeasure.VICTIMS_IDENTIFIED, CountryBasis.CITIZENS_OF, "ML");
        made.forEach(this::insert);

        VictimCounts ml = count(VictimMeasure.VICTIMS_IDENTIFIED, CountryBasis.IDENTIFIED_IN, "ML");
        List<Made> expected = made.stream().filter(m -> m.victim() && within(m.identifiedOn())
                && m.country().equals("ML")).toList();
        assertCounts(before, ml, expected, Made::country);
        assertThat(ml.total() - before.total()).isGreaterThanOrEqualTo(3);

        VictimCounts both = count(VictimMeasure.VICTIMS_IDENTIFIED, CountryBasis.IDENTIFIED_IN, "ML", "SN");
        assertCounts(beforeBoth, both, made.stream().filter(m -> m.victim() && within(m.identifiedOn())
                && Set.of("ML", "SN").contains(m.country())).toList(), Made::country);

        VictimCounts citizens = count(VictimMeasure.VICTIMS_IDENTIFIED, CountryBasis.CITIZENS_OF, "ML");
        assertCounts(beforeCitizens, citizens, made.stream().filter(m -> m.victim() && within(m.identifiedOn())
                && "ML".equals(m.citizenship())).toList(), Made::citizenship);
    }

    @Test
    void theFormsOfExploitationMaySumToMoreThanTheTotal() {
        VictimCounts before = count(VictimMeasure.VICTIMS_IDENTIFIED, CountryBasis.IDENTIFIED_IN, "GN");
        insert(make(from.plusDays(3), "GN", "GN", Gender.FEMININE, 17,
                List.of("SexualExploitation", "ForcedLabour", "Servitude"), true));
        VictimCounts after = count(VictimMeasure.VICTIMS_IDENTIFIED, CountryBasis.IDENTIFIED_IN, "GN");
        assertThat(after.total() - before.total()).isEqualTo(1);
        long forms = after.byExploitation().values().stream().mapToLong(Long::longValue).sum()
                - before.byExploitation().values().stream().mapToLong(Long::longValue).sum();
        assertThat(forms).isEqualTo(3);
    }

    @Test
    void assistedCountsAPersonOnceWhenAServiceWasDeliveredInTheRange() {
        List<Made> made = new ArrayList<>();
        made.add(new Made(from.minusYears(1), "ML", "ML", Gender.FEMININE, 15, List.of("ForcedBegging"), true,
                List.of(from, from.plusDays(5), to), null));                 // three services in range: once
        made.add(new Made(from.minusDays(30), "ML", "ML", Gender.MASCULINE, 40, List.of(), true,
                List.of(from.minusDays(1), to.plusDays(1)), null));           // services either side: not counted
        made.add(new Made(from, "ML", "BF", Gender.MASCULINE, 10, List.of("ChildLabour"), true,
                List.of(to), null));                                           // last day: counted
        made.add(new Made(from, "SN", "ML", Gender.MASCULINE, 10, List.of("ChildLabour"), true,
                List.of(to), null));                                           // identified elsewhere
        made.add(new Made(from, "ML", "ML", Gender.FEMININE, 25, List.of(), false,
                List.of(from.plusDays(2)), null));                             // not a victim
        for (int i = 0; i < 15; i++) {
            made.add(randomCase());
        }
        VictimCounts before = count(VictimMeasure.VICTIMS_ASSISTED, CountryBasis.IDENTIFIED_IN, "ML");
        made.forEach(this::insert);
        VictimCounts after = count(VictimMeasure.VICTIMS_ASSISTED, CountryBasis.IDENTIFIED_IN, "ML");
        List<Made> expected = made.stream().filter(m -> m.victim() && m.country().equals("ML")
                && m.services().stream().anyMatch(this::within)).toList();
        assertCounts(before, after, expected, Made::country);
        assertThat(after.total() - before.total()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void returnedCountsArrivalsInTheRangeByCitizenship() {
        List<Made> made = new ArrayList<>();
        made.add(new Made(from.minusMonths(6), "SN", "ML", Gender.MASCULINE, 13, List.of("ForcedBegging"), true,
                List.of(), from));                                             // first day: counted
        made.add(new Made(from.minusMonths(6), "CI", "ML", Gender.FEMININE, 19, List.of("ForcedLabour"), true,
                List.of(), to));                                               // last day: counted
        made.add(new Made(from.minusMonths(6), "CI", "ML", Gender.FEMININE, 19, List.of("ForcedLabour"), true,
                List.of(), to.plusDays(1)));                                   // after: not counted
        made.add(new Made(from.minusMonths(6), "CI", "BF", Gender.FEMININE, 19, List.of("ForcedLabour"), true,
                List.of(), from.plusDays(3)));                                 // a Burkinabe: not counted
        for (int i = 0; i < 15; i++) {
            made.add(randomCase());
        }
        VictimCounts before = count(VictimMeasure.VICTIMS_RETURNED, CountryBasis.CITIZENS_OF, "ML");
        made.forEach(this::insert);
        VictimCounts after = count(VictimMeasure.VICTIMS_RETURNED, CountryBasis.CITIZENS_OF, "ML");
        List<Made> expected = made.stream().filter(m -> m.victim() && "ML".equals(m.citizenship())
                && m.arrivedOn() != null && within(m.arrivedOn())).toList();
        assertCounts(before, after, expected, Made::citizenship);
        assertThat(after.total() - before.total()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void noCountryCountsNothingAndABackwardRangeIsRefused() {
        VictimCounts none = statistics.count(VictimMeasure.VICTIMS_IDENTIFIED, CountryBasis.IDENTIFIED_IN, List.of(),
                LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1));
        assertThat(none.total()).isZero();
        assertThat(none.bySex()).isEmpty();
        assertThatThrownBy(() -> statistics.count(VictimMeasure.VICTIMS_IDENTIFIED, CountryBasis.IDENTIFIED_IN,
                List.of("ML"), to, from)).isInstanceOf(IllegalArgumentException.class);
    }

    // ---------------------------------------------------------------------------------------------------------

    private VictimCounts count(VictimMeasure measure, CountryBasis basis, String... countries) {
        return statistics.count(measure, basis, List.of(countries), from, to);
    }

    private boolean within(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    private static Made make(LocalDate on, String country, String citizenship, Gender sex, int age,
            List<String> forms, boolean victim) {
        return new Made(on, country, citizenship, sex, age, forms, victim, List.of(), null);
    }

    private Made randomCase() {
        String[] countries = { "ML", "SN", "GN", "BF" };
        String[] forms = { "ForcedBegging", "ForcedLabour", "SexualExploitation", "ChildLabour", "Servitude" };
        Gender[] sexes = { Gender.FEMININE, Gender.MASCULINE, Gender.NON_SPECIFIED_UNKNOWN };
        LocalDate identified = from.plusDays(random.nextInt(120) - 15);
        List<String> chosen = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            String form = forms[random.nextInt(forms.length)];
            if (!chosen.contains(form)) {
                chosen.add(form);
            }
        }
        List<LocalDate> services = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            services.add(identified.plusDays(random.nextInt(60)));
        }
        LocalDate arrived = random.nextBoolean() ? identified.plusDays(random.nextInt(90)) : null;
        return new Made(identified, countries[random.nextInt(countries.length)],
                random.nextInt(10) == 0 ? null : countries[random.nextInt(countries.length)],
                sexes[random.nextInt(sexes.length)], random.nextInt(45), chosen, random.nextInt(8) != 0, services,
                arrived);
    }

    private void insert(Made m) {
        long office = jdbc.sql("select id from office where code = 'ML-BKO'").query(Long.class).single();
        long id = jdbc.sql("""
                insert into case_file (case_number, office_id, identified_on, identified_country,
                                       identifying_office_id, referral_source, trafficking_status, sex,
                                       age_at_identification, age_estimated, citizenship, exploitation_types)
                values (?, ?, ?, ?, ?, 'NgoOutreach', ?, ?, ?, false, ?, ?::varchar[])
                returning id""")
                .params("STAT-" + UUID.randomUUID().toString().substring(0, 12), office, m.identifiedOn(),
                        m.country(), office,
                        m.victim() ? "PossibleVictimOfTrafficking" : "NotAVictimOfTrafficking", m.sex().value(),
                        m.age(), m.citizenship(), m.forms().toArray(String[]::new))
                .query(Long.class).single();
        for (LocalDate on : m.services()) {
            jdbc.sql("insert into case_service (case_id, service_type, delivered_on) values (?, 'Shelter', ?)")
                    .params(id, on).update();
        }
        if (m.arrivedOn() != null) {
            jdbc.sql("""
                    insert into case_return_plan (case_id, destination_country, status, departed_on, arrived_on)
                    values (?, ?, 'ARRIVED', ?, ?)""")
                    .params(id, m.citizenship() == null ? "ML" : m.citizenship(), m.arrivedOn().minusDays(2),
                            m.arrivedOn())
                    .update();
        }
    }

    /** The counts added between {@code before} and {@code after} are those of {@code expected}. */
    private static void assertCounts(VictimCounts before, VictimCounts after, List<Made> expected,
            java.util.function.Function<Made, String> country) {
        assertThat(after.total() - before.total()).isEqualTo(expected.size());
        Map<Gender, Long> sex = new EnumMap<>(Gender.class);
        Map<AgeBand, Long> bands = new EnumMap<>(AgeBand.class);
        Map<TypeOfExploitation, Long> forms = new EnumMap<>(TypeOfExploitation.class);
        Map<String, Long> countries = new HashMap<>();
        for (Made m : expected) {
            sex.merge(m.sex(), 1L, Long::sum);
            for (AgeBand band : AgeBand.values()) {
                if (m.age() >= band.min() && m.age() <= band.max()) {
                    bands.merge(band, 1L, Long::sum);
                }
            }
            m.forms().forEach(f -> forms.merge(TypeOfExploitation.fromValue(f), 1L, Long::sum));
            countries.merge(country.apply(m), 1L, Long::sum);
        }
        assertThat(after.children() - before.children()).isEqualTo(count(expected, m -> m.age() < 18));
        assertThat(after.adults() - before.adults()).isEqualTo(count(expected, m -> m.age() >= 18));
        assertThat(difference(before.bySex(), after.bySex())).isEqualTo(sex);
        assertThat(difference(before.byAgeBand(), after.byAgeBand())).isEqualTo(bands);
        assertThat(difference(before.byExploitation(), after.byExploitation())).isEqualTo(forms);
        assertThat(difference(before.byCountry(), after.byCountry())).isEqualTo(countries);
    }

    private static long count(List<Made> made, Predicate<Made> test) {
        return made.stream().filter(test).count();
    }

    private static <K> Map<K, Long> difference(Map<K, Long> before, Map<K, Long> after) {
        Map<K, Long> d = new HashMap<>();
        after.forEach((k, n) -> {
            long diff = n - before.getOrDefault(k, 0L);
            if (diff != 0) {
                d.put(k, diff);
            }
        });
        return d;
    }
}
