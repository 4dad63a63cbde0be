package org.sankofa.statistics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tallies that the dashboards read (V49, and V50 for the routes) against a plain count over the cases, after every
 * kind of change a case goes through: registered, its route recorded and corrected, assisted, returned, its
 * best-interests determination approved, its reintegration plan begun, screened out, closed as a duplicate or
 * reintegrated, deleted — one row at a time and many in one statement.
 */
@SankofaTest
class CaseTallyTests {

    /** The tally as a plain count over the cases would give it, by every column of the tally. */
    private static final String PLAIN = """
            select date_trunc('month', c.identified_on)::date as month, c.office_id, c.identified_country,
                   c.citizenship, c.sex, c.age_at_identification as age,
                   array(select f from unnest(c.exploitation_types) f order by f) as forms, c.referral_source,
                   count(*) as persons,
                   count(*) filter (where exists (select 1 from case_service s where s.case_id = c.id)) as assisted,
                   count(*) filter (where exists (select 1 from case_return_plan r
                                                  where r.case_id = c.id and r.status = 'ARRIVED')) as returned,
                   count(*) filter (where c.closure_reason = 'ReintegrationCompleted') as reintegrated,
                   %s
              from case_file c,
                   lateral (select (select min(d.decided_at at time zone 'UTC')::date from case_bi_determination d
                                     where d.case_id = c.id and d.status = 'APPROVED') - c.identified_on as determined,
                                   (select min(r.arrived_on) from case_return_plan r
                                     where r.case_id = c.id and r.status = 'ARRIVED') - c.identified_on as returned,
                                   (select min(p.recorded_at at time zone 'UTC')::date
                                      from case_reintegration_component p
                                     where p.case_id = c.id) - c.identified_on as planned) days
             where c.trafficking_status <> 'NotAVictimOfTrafficking'
               and c.closure_reason is distinct from 'DuplicateRecord'
             group by 1, 2, 3, 4, 5, 6, 7, 8""".formatted(bandCounts());
    private static final String TALLY = """
            select month, office_id, identified_country, citizenship, sex, age, forms, referral_source,
                   persons::bigint, assisted::bigint, returned::bigint, reintegrated::bigint, %s
              from case_tally where persons <> 0 or assisted <> 0 or returned <> 0 or reintegrated <> 0"""
            .formatted(bandColumns());

    /** The route tally as a plain count would give it: each case's legs in order, a country repeated once. */
    private static final String PLAIN_ROUTES = """
            select date_trunc('month', c.identified_on)::date as month, c.office_id, c.identified_country,
                   c.citizenship, c.sex, c.age_at_identification as age,
                   array(select f from unnest(c.exploitation_types) f order by f) as forms, r.route,
                   count(*) as persons,
                   count(*) filter (where exists (select 1 from case_service s where s.case_id = c.id)) as assisted,
                   count(*) filter (where exists (select 1 from case_return_plan p
                                                  where p.case_id = c.id and p.status = 'ARRIVED')) as returned,
                   count(*) filter (where c.closure_reason = 'ReintegrationCompleted') as reintegrated
              from case_file c
              join (select case_id, array_agg(country order by position) as route
                      from (select case_id, position, country,
                                   lag(country) over (partition by case_id order by position) as previous
                              from case_route_leg) legs
                     where previous is distinct from country
                     group by case_id) r on r.case_id = c.id
             where c.trafficking_status <> 'NotAVictimOfTrafficking'
               and c.closure_reason is distinct from 'DuplicateRecord'
             group by 1, 2, 3, 4, 5, 6, 7, 8""";
    private static final String ROUTE_TALLY = """
            select month, office_id, identified_country, citizenship, sex, age, forms, route,
                   persons::bigint, assisted::bigint, returned::bigint, reintegrated::bigint
              from case_route_tally where persons <> 0 or assisted <> 0 or returned <> 0 or reintegrated <> 0""";

    /** The journey bands counted plainly: days to each milestone by band (up to 7, 30, 90, 365 days, later). */
    private static String bandCounts() {
        List<String> counts = new ArrayList<>();
        for (String milestone : List.of("determined", "returned", "planned")) {
            String days = "days." + milestone; // a date before the identification is in the first band
            counts.add("count(*) filter (where " + days + " <= 7)"); // null (not reached) in none
            counts.add("count(*) filter (where " + days + " between 8 and 30)");
            counts.add("count(*) filter (where " + days + " between 31 and 90)");
            counts.add("count(*) filter (where " + days + " between 91 and 365)");
            counts.add("count(*) filter (where " + days + " > 365)");
        }
        return String.join(", ", counts);
    }

    /** The tally's journey columns, in the order of {@link #bandCounts}. */
    private static String bandColumns() {
        List<String> columns = new ArrayList<>();
        for (String milestone : List.of("determined", "returned", "planned")) {
            for (String band : List.of("7", "30", "90", "365", "later")) {
                columns.add(milestone + "_" + band + "::bigint");
            }
        }
        return String.join(", ", columns);
    }

    @Autowired
    JdbcClient jdbc;

    private final Random random = new Random();

    @Test
    void theTallyIsAPlainCountOfTheCasesAfterEveryKindOfChange() {
        assertSame("before this test's cases");
        int year = 1850 + random.nextInt(40);
        List<Long> made = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            made.add(insert(LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28))));
        }
        assertSame("after 40 cases registered one by one");

        String[][] routes = { {"GN", "ML", "SN"}, {"ML"}, {"BF", "BF", "CI"}, {"NE", "NG", "NE", "NG"}, {"GN", "SN"} };
        for (int i = 0; i < 30; i++) {
            String[] route = routes[i % routes.length];
            for (int leg = 0; leg < route.length; leg++) {
                jdbc.sql("insert into case_route_leg (case_id, position, country, role) values (?, ?, ?, ?)")
                        .params(made.get(i), leg, route[leg], leg == 0 ? "ORIGIN"
                                : leg == route.length - 1 ? "DESTINATION" : "TRANSIT").update();
            }
        }
        jdbc.sql("insert into case_route_leg (case_id, position, country, role) select id, p, c, 'TRANSIT'"
                + " from case_file, (values (0, 'TG'), (1, 'BJ')) v(p, c) where id = any(?)")
                .param(made.subList(30, 36).toArray(Long[]::new)).update();
        assertSame("after routes recorded, leg by leg and six in one statement");
        jdbc.sql("update case_route_leg set country = 'GH' where case_id = any(?) and position = 1")
                .param(made.subList(0, 8).toArray(Long[]::new)).update();
        jdbc.sql("delete from case_route_leg where case_id = ? and position = 0").param(made.get(9)).update();
        jdbc.sql("delete from case_route_leg where case_id = ?").param(made.get(4)).update();
        assertSame("after legs corrected, one taken out and a whole route deleted");

        for (int i = 0; i < 10; i++) {
            jdbc.sql("insert into case_service (case_id, service_type, delivered_on) values (?, 'Shelter', ?)")
                    .params(made.get(i), LocalDate.of(year + 1, 1, 1)).update();
        }
        jdbc.sql("insert into case_service (case_id, service_type, delivered_on) select id, 'Medical', ? from"
                + " case_file where id = any(?)").params(LocalDate.of(year + 1, 2, 1), made.subList(5, 15)
                        .toArray(Long[]::new)).update();
        assertSame("after services, one at a time and ten in one statement");

        for (int i = 10; i < 16; i++) {
            jdbc.sql("insert into case_return_plan (case_id, destination_country, status) values (?, 'ML', 'PLANNED')")
                    .param(made.get(i)).update();
        }
        jdbc.sql("update case_return_plan set status = 'ARRIVED', departed_on = ?, arrived_on = ? where case_id = any(?)")
                .params(LocalDate.of(year + 1, 3, 1), LocalDate.of(year + 1, 3, 2), made.subList(10, 14)
                        .toArray(Long[]::new)).update();
        assertSame("after returns planned, then four arrived");

        for (int i = 20; i < 26; i++) {
            jdbc.sql("""
                    insert into case_bi_determination (case_id, decision, status, reasons, decided_at)
                    values (?, 'RETURN_TO_FAMILY', 'REQUESTED', 'x', null)""").param(made.get(i)).update();
        }
        jdbc.sql("update case_bi_determination set status = 'APPROVED', decided_at = ?::date + (case_id % 400)::int"
                + " where case_id = any(?)").params(LocalDate.of(year, 12, 31), made.subList(20, 25)
                        .toArray(Long[]::new)).update();
        assertSame("after determinations requested, then five approved");
        jdbc.sql("insert into case_reintegration_component (case_id, component, provider_org_id, budget, currency,"
                + " recorded_at) select id, 'RETURN_TO_SCHOOL', (select min(id) from organisation), 10, 'XOF',"
                + " identified_on + (id % 500)::int from case_file where id = any(?)")
                .param(made.subList(10, 16).toArray(Long[]::new)).update();
        jdbc.sql("insert into case_reintegration_component (case_id, component, provider_org_id, budget, currency,"
                + " recorded_at) values (?, 'HEALTH', (select min(id) from organisation), 5, 'XOF', ?)")
                .params(made.get(10), LocalDate.of(year - 1, 1, 1)).update();
        jdbc.sql("update case_bi_determination set status = 'REJECTED' where case_id = ?").param(made.get(20))
                .update();
        assertSame("after reintegration plans begun (one dated before the identification), an approval undone");

        jdbc.sql("update case_file set sex = 'Masculine', age_at_identification = 17, citizenship = null,"
                + " exploitation_types = '{Servitude,ForcedLabour}' where id = ?").param(made.get(16)).update();
        jdbc.sql("update case_file set office_id = (select id from office where code = 'SN-DKR') where id = ?")
                .param(made.get(17)).update();
        jdbc.sql("update case_file set trafficking_status = 'NotAVictimOfTrafficking' where id = ?")
                .param(made.get(18)).update();
        jdbc.sql("update case_file set status = 'Closed', closed_on = ?, closure_reason = 'DuplicateRecord'"
                + " where id = ?").params(LocalDate.of(year + 1, 4, 1), made.get(19)).update();
        jdbc.sql("update case_file set status = 'Closed', closed_on = ?, closure_reason = 'ReintegrationCompleted'"
                + " where id = any(?)").params(LocalDate.of(year + 1, 5, 1), made.subList(10, 13)
                        .toArray(Long[]::new)).update();
        jdbc.sql("update case_file set version = version + 1 where id = any(?)")
                .param(made.toArray(Long[]::new)).update();
        assertSame("after corrections, a transfer, a screening out, a duplicate, three reintegrations");

        jdbc.sql("delete from case_service where case_id = ?").param(made.get(0)).update();
        jdbc.sql("delete from case_return_plan where case_id = ?").param(made.get(13)).update();
        jdbc.sql("delete from case_reintegration_component where case_id = ?").param(made.get(11)).update();
        jdbc.sql("delete from case_file where id = any(?)").param(made.subList(20, 40).toArray(Long[]::new))
                .update();
        assertSame("after a service, a return, a plan's component and twenty cases deleted");
    }

    private void assertSame(String when) {
        List<String> plain = rows(PLAIN + " except " + TALLY);
        List<String> tally = rows(TALLY + " except " + PLAIN);
        assertThat(plain).as("%s: counted plainly but not in the tally", when).isEmpty();
        assertThat(tally).as("%s: in the tally but not counted plainly", when).isEmpty();
        assertThat(rows(PLAIN_ROUTES + " except " + ROUTE_TALLY)).as("%s: routes counted plainly only", when).isEmpty();
        assertThat(rows(ROUTE_TALLY + " except " + PLAIN_ROUTES)).as("%s: routes in the tally only", when).isEmpty();
        long persons = jdbc.sql("select coalesce(sum(persons), 0) from case_tally").query(Long.class).single();
        long cases = jdbc.sql("select count(*) from case_file where trafficking_status <> 'NotAVictimOfTrafficking'"
                + " and closure_reason is distinct from 'DuplicateRecord'").query(Long.class).single();
        assertThat(persons).as(when).isEqualTo(cases).isPositive();
    }

    private List<String> rows(String sql) {
        return jdbc.sql(sql).query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(9))
                .list();
    }

    private long insert(LocalDate on) {
        long office = jdbc.sql("select id from office where code = 'ML-BKO'").query(Long.class).single();
        String[] sexes = { "Feminine", "Masculine", "NonSpecifiedUnknown" };
        String[][] forms = { {}, { "ForcedBegging" }, { "ForcedLabour", "ChildLabour" } };
        return jdbc.sql("""
                insert into case_file (case_number, office_id, identified_on, identified_country,
                                       identifying_office_id, referral_source, trafficking_status, sex,
                                       age_at_identification, age_estimated, citizenship, exploitation_types)
                values (?, ?, ?, 'ML', ?, 'NgoOutreach', 'PossibleVictimOfTrafficking', ?, ?, false, ?, ?::varchar[])
                returning id""")
                .params("TALLY-" + UUID.randomUUID().toString().substring(0, 12), office, on, office,
                        sexes[random.nextInt(3)], random.nextInt(40), random.nextBoolean() ? "ML" : "BF",
                        forms[random.nextInt(3)])
                .query(Long.class).single();
    }
}
