package org.sankofa.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.sankofa.cases.internal.CaseList;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.UserAccounts;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The case list against a plain reference query: for random combinations of every filter, both orders and random page
 * sizes, walking every page by cursor gives exactly the cases — and in exactly the order — that one straightforward
 * SQL query over the office's cases (its own, and those it transferred away) gives, and the total counts them. The
 * list's SQL is built for speed (a branch per part of the scope, covering and filter indexes, keyset paging); this
 * reference is built to be obviously right, so that any later change of indexes or query shapes is checked against
 * it. Random but repeatable: the seed is in the failure message.
 */
@SankofaTest
class CaseListReferenceTests {

    private static final int COMBINATIONS = 150;

    @Autowired
    CaseList list;
    @Autowired
    UserAccounts users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void everyFilterCombinationListsExactlyWhatTheReferenceQueryFindsInTheSameOrder() {
        for (String caseWorker : List.of("caseworker.dakar", "caseworker.conakry")) {
            CurrentUser user = users.findByUsername(caseWorker).orElseThrow();
            long seed = caseWorker.hashCode() * 31L + 20261203L;
            Random random = new Random(seed);
            List<String> nationalities = jdbc.sql("select distinct citizenship from case_file where office_id = ?"
                    + " and citizenship is not null order by citizenship").param(user.officeId())
                    .query(String.class).list();
            List<LocalDate> dates = jdbc.sql("select distinct identified_on from case_file where office_id = ?"
                    + " order by identified_on").param(user.officeId()).query(LocalDate.class).list();
            int matched = 0;
            for (int i = 0; i < COMBINATIONS; i++) {
                CaseFilter filter = randomFilter(random, nationalities, dates);
                List<Long> expected = reference(user.officeId(), filter);
                List<Long> listed = walk(user, filter);
                assertThat(listed).as("%s, seed %d, combination %d: %s", caseWorker, seed, i, filter)
                        .containsExactlyElementsOf(expected);
                CaseList.CaseCount count = list.count(user, filter);
                assertThat(count.total()).as("total of %s", filter)
                        .isEqualTo(Math.min(expected.size(), CasePage.TOTAL_CAP));
                matched += expected.isEmpty() ? 0 : 1;
            }
            assertThat(matched).as("combinations that match some case in %s", caseWorker)
                    .isGreaterThan(COMBINATIONS / 5);
        }
    }

    /**
     * The office facet counts the list reads totals and rare filters from (V42) stay equal to a count of the cases
     * through every kind of write: one row and many rows added, changed on a facet column, moved to another office,
     * changed on no facet column, and deleted — all in a transaction rolled back at the end.
     */
    @Test
    void theFacetCountsAreACountOfTheCasesAfterEveryKindOfWrite() {
        assertThat(facetDrift()).as("facet counts against the cases, before any write").isZero();
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            try {
                long dakar = users.findByUsername("caseworker.dakar").orElseThrow().officeId();
                long conakry = users.findByUsername("caseworker.conakry").orElseThrow().officeId();
                String copy = """
                        insert into case_file (case_number, office_id, status, identified_on, identified_country,
                               identifying_office_id, referral_source, trafficking_status, sex, age_at_identification,
                               age_estimated, citizenship, exploitation_types)
                        select 'FACET-' || id, office_id, 'Active', identified_on, identified_country,
                               identifying_office_id, referral_source, trafficking_status, sex, age_at_identification,
                               age_estimated, citizenship, exploitation_types
                          from case_file where office_id = ? and status = 'Active' order by id limit ?""";
                jdbc.sql(copy).params(dakar, 1).update();
                assertThat(facetDrift()).as("after one case added").isZero();
                jdbc.sql(copy).params(conakry, 40).update();
                assertThat(facetDrift()).as("after forty cases added in one statement").isZero();
                jdbc.sql("update case_file set sex = 'NonSpecifiedUnknown', exploitation_types = '{ForcedMarriage}'"
                        + " where case_number like 'FACET-%' and office_id = ?").param(conakry).update();
                assertThat(facetDrift()).as("after facet columns changed").isZero();
                jdbc.sql("update case_file set office_id = ? where case_number like 'FACET-%'").param(dakar).update();
                assertThat(facetDrift()).as("after the cases moved to another office").isZero();
                jdbc.sql("update case_file set updated_at = now() where case_number like 'FACET-%'").update();
                assertThat(facetDrift()).as("after a change of no facet column").isZero();
                jdbc.sql("delete from case_file where case_number like 'FACET-%'").update();
                assertThat(facetDrift()).as("after the cases were deleted").isZero();
            } finally {
                tx.setRollbackOnly();
            }
        });
    }

    /** Facets whose count differs from a count of the cases (0 when they agree). */
    private long facetDrift() {
        return jdbc.sql("""
                with counted as (select office_id,
                                        case_list_facet(status, sex, is_child, citizenship, exploitation_types) as facet,
                                        count(*) as cases
                                   from case_file group by 1, 2),
                     kept as (select office_id, facet, cases from case_list_facet where cases > 0)
                select count(*) from counted full join kept using (office_id, facet)
                 where counted.cases is distinct from kept.cases""").query(Long.class).single();
    }

    /** Every page, following the cursor, as the list page and the API do. */
    private List<Long> walk(CurrentUser user, CaseFilter filter) {
        List<Long> ids = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < 1_000; page++) {
            CasePage found = list.list(user, new CaseFilter(filter.status(), filter.officeId(), filter.sex(),
                    filter.ageBand(), filter.child(), filter.exploitationType(), filter.nationality(),
                    filter.identifiedFrom(), filter.identifiedTo(), filter.sort(), cursor, filter.size()));
            found.items().forEach(item -> ids.add(item.id().value()));
            assertThat(found.items().size()).isLessThanOrEqualTo(filter.size());
            if (found.next() == null) {
                return ids;
            }
            cursor = found.next();
        }
        throw new AssertionError("the cursor never ends: " + filter);
    }

    /** The same question asked plainly: one query, no branches, no keyset. */
    private List<Long> reference(long officeId, CaseFilter f) {
        StringBuilder sql = new StringBuilder("""
                select c.id from case_file c
                 where (c.office_id = :office
                        or c.id in (select t.case_id from case_transfer t
                                     where t.from_office_id = :office and t.status = 'ACCEPTED'))""");
        Map<String, Object> params = new HashMap<>();
        params.put("office", officeId);
        if (f.status() != null) {
            sql.append(" and c.status = :status");
            params.put("status", f.status().value());
        }
        if (f.sex() != null) {
            sql.append(" and c.sex = :sex");
            params.put("sex", f.sex().value());
        }
        if (f.ageBand() != null) {
            sql.append(" and c.age_at_identification >= :min and c.age_at_identification <= :max");
            params.put("min", f.ageBand().min());
            params.put("max", f.ageBand().max());
        }
        if (f.child() != null) {
            sql.append(" and c.is_child = :child");
            params.put("child", f.child());
        }
        if (f.exploitationType() != null) {
            sql.append(" and :type = any(c.exploitation_types)");
            params.put("type", f.exploitationType().value());
        }
        if (f.nationality() != null) {
            sql.append(" and c.citizenship = :nationality");
            params.put("nationality", f.nationality());
        }
        if (f.identifiedFrom() != null) {
            sql.append(" and c.identified_on >= :from");
            params.put("from", Date.valueOf(f.identifiedFrom()));
        }
        if (f.identifiedTo() != null) {
            sql.append(" and c.identified_on <= :to");
            params.put("to", Date.valueOf(f.identifiedTo()));
        }
        sql.append(f.sort() == CaseFilter.Sort.NUMBER ? " order by c.case_number, c.id"
                : " order by c.identified_on desc, c.id desc");
        return jdbc.sql(sql.toString()).params(params).query(Long.class).list();
    }

    /** Each filter left out half of the time or so, else a value that occurs — or, now and then, one that does not. */
    private static CaseFilter randomFilter(Random random, List<String> nationalities, List<LocalDate> dates) {
        LocalDate from = null;
        LocalDate to = null;
        if (random.nextInt(3) == 0 && !dates.isEmpty()) {
            from = dates.get(random.nextInt(dates.size()));
        }
        if (random.nextInt(3) == 0 && !dates.isEmpty()) {
            to = dates.get(random.nextInt(dates.size()));
        }
        String nationality = null;
        if (random.nextInt(3) == 0) {
            nationality = random.nextInt(8) == 0 || nationalities.isEmpty() ? "NE"
                    : nationalities.get(random.nextInt(nationalities.size()));
        }
        return new CaseFilter(
                maybe(random, CaseStatus.values()), null, maybe(random, Gender.values()),
                random.nextInt(4) == 0 ? AgeBand.values()[random.nextInt(AgeBand.values().length)] : null,
                random.nextInt(4) == 0 ? random.nextBoolean() : null,
                maybe(random, TypeOfExploitation.values()), nationality, from, to,
                random.nextBoolean() ? CaseFilter.Sort.DATE : CaseFilter.Sort.NUMBER, null, 1 + random.nextInt(12));
    }

    private static <T> T maybe(Random random, T[] values) {
        return random.nextInt(3) == 0 ? values[random.nextInt(values.length)] : null;
    }
}
