package org.sankofa.cases.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.DefaultApplicationArguments;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sankofa.cases.CodeList;
import org.sankofa.cases.HtcdsCode;
import org.sankofa.cases.bestinterests.internal.BestInterestsDecision;
import org.sankofa.cases.bestinterests.internal.DecisionStatus;
import org.sankofa.cases.internal.protection.FieldCipher;
import org.sankofa.cases.journey.internal.reintegration.ReintegrationComponent;
import org.sankofa.cases.journey.internal.returns.ChecklistItem;
import org.sankofa.cases.journey.internal.returns.ComponentStatus;
import org.sankofa.cases.journey.internal.returns.DocumentKind;
import org.sankofa.cases.journey.internal.tracing.TracingStatus;
import org.sankofa.cases.journey.internal.transfer.TransferStatus;
import org.sankofa.identity.NewUser;
import org.sankofa.identity.Role;
import org.sankofa.identity.RoleGrant;
import org.sankofa.identity.UserAccounts;
import org.sankofa.shared.Languages;
import org.sankofa.support.SankofaTest;
import org.sankofa.support.SignIn;
import org.sankofa.support.Tokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Full detail writes the journey home of the people found away from their country as the application would: best
 * interests, tracing, transfers, returns and documents, reintegration and disbursements, follow-up visits and their
 * alerts, closure requests — every table filled, codes of the application's lists with labels in every language,
 * dates in the order assistance goes, realistic shares, read back without error through the application's own API
 * and case page, and the same journeys for the same seed.
 */
@SankofaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseJourneyGeneratorTests {

    private static final int N = 3_000;
    private static final long SEED = 4242L;
    private static final String PASSWORD = "journey-generator-password";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    CaseGenerator generator;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FieldCipher cipher;
    @Autowired
    MessageSource messages;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserAccounts users;
    @Autowired
    org.springframework.context.ConfigurableApplicationContext context;

    /** The generated cases are those with an id in (after, upTo]. */
    private long after;
    private long upTo;

    @BeforeAll
    void generate() {
        after = maxId();
        generator.generate(N, SEED, CaseGenerator.Detail.FULL, null);
        upTo = maxId();
    }

    /**
     * The journeys written here (open transfers and tracing requests, overdue visits in the demo offices) would crowd
     * the lists that other tests sharing the database read: the cases go when the class is done, their rows with
     * them (every part of a case is deleted with it).
     */
    @AfterAll
    void removeTheGeneratedCases() {
        jdbc.sql("delete from office_notification n using case_file c where n.case_number = c.case_number"
                + " and c.id > ?").param(after).update();
        jdbc.sql("delete from case_file where id > ?").param(after).update();
    }

    private long maxId() {
        return jdbc.sql("select coalesce(max(id), 0) from case_file").query(Long.class).single();
    }

    private long count(String sql) {
        return jdbc.sql(sql).param("after", after).param("upTo", upTo).query(Long.class).single();
    }

    /** The generated cases, as {@code c} in the queries. */
    private static final String CASES = " case_file c where c.id > :after and c.id <= :upTo ";

    @Test
    void everyTableOfTheJourneyIsFilledAtEveryStage() {
        Map<String, String> filled = new LinkedHashMap<>();
        filled.put("case_bi_assessment", "select count(*) from case_bi_assessment x ," + CASES
                + "and x.case_id = c.id");
        for (String status : List.of("REQUESTED", "APPROVED", "REJECTED")) {
            filled.put("case_bi_determination " + status, "select count(*) from case_bi_determination x ," + CASES
                    + "and x.case_id = c.id and x.status = '" + status + "'");
        }
        for (String status : List.of("OPEN", "FAMILY_FOUND", "NOT_FOUND", "UNSAFE_TO_RETURN")) {
            filled.put("case_tracing_request " + status, "select count(*) from case_tracing_request x ," + CASES
                    + "and x.case_id = c.id and x.status = '" + status + "'");
        }
        for (String status : List.of("REQUESTED", "ACCEPTED", "REJECTED")) {
            filled.put("case_transfer " + status, "select count(*) from case_transfer x ," + CASES
                    + "and x.case_id = c.id and x.status = '" + status + "'");
        }
        // (a return is DEPARTED only the day or two of the journey: too few to count on in a few thousand cases)
        for (String status : List.of("PLANNED", "ARRIVED")) {
            filled.put("case_return_plan " + status, "select count(*) from case_return_plan x ," + CASES
                    + "and x.case_id = c.id and x.status = '" + status + "'");
        }
        for (String status : List.of("REQUESTED", "ISSUED")) {
            filled.put("case_return_document " + status, "select count(*) from case_return_document x ," + CASES
                    + "and x.case_id = c.id and x.status = '" + status + "'");
        }
        for (String status : List.of("PLANNED", "IN_PROGRESS", "COMPLETED")) {
            filled.put("case_reintegration_component " + status, "select count(*) from case_reintegration_component"
                    + " x ," + CASES + "and x.case_id = c.id and x.status = '" + status + "'");
        }
        filled.put("case_reintegration_disbursement", "select count(*) from case_reintegration_disbursement d"
                + " join case_reintegration_component x on x.id = d.component_id ," + CASES + "and x.case_id = c.id");
        filled.put("case_follow_up_visit visited", "select count(*) from case_follow_up_visit x ," + CASES
                + "and x.case_id = c.id and x.visited_on is not null");
        filled.put("case_follow_up_visit to make", "select count(*) from case_follow_up_visit x ," + CASES
                + "and x.case_id = c.id and x.visited_on is null");
        filled.put("follow_up_alert", "select count(*) from follow_up_alert x ," + CASES + "and x.case_id = c.id");
        filled.put("case_closure_request", "select count(*) from case_closure_request x ," + CASES
                + "and x.case_id = c.id");
        for (String kind : List.of("TRACING_REQUESTED", "TRACING_FAMILY_FOUND", "TRANSFER_REQUESTED",
                "TRANSFER_ACCEPTED", "TRANSFER_REJECTED")) {
            filled.put("office_notification " + kind, "select count(*) from office_notification x," + CASES
                    + "and x.case_number = c.case_number and x.kind = '" + kind + "'");
        }
        filled.put("transferred cases", "select count(*) from" + CASES + "and c.office_id <> c.identifying_office_id");
        List<String> empty = new ArrayList<>();
        filled.forEach((what, sql) -> {
            if (count(sql) == 0) {
                empty.add(what);
            }
        });
        assertThat(empty).as("tables or stages the generator left empty").isEmpty();
    }

    @Test
    void careDetailLeavesTheJourneyToTheDemoStepsAndDrawsTheSamePeopleAsFullDetail() {
        long before = maxId();
        generator.generate(200, SEED, CaseGenerator.Detail.CARE, null);
        long care = maxId();
        for (String table : List.of("case_bi_assessment", "case_bi_determination", "case_tracing_request",
                "case_transfer", "case_return_plan", "case_return_document", "case_reintegration_component",
                "case_follow_up_visit", "follow_up_alert", "case_closure_request")) {
            assertThat(jdbc.sql("select count(*) from " + table + " where case_id > ? and case_id <= ?")
                    .params(before, care).query(Long.class).single()).as(table).isZero();
        }
        assertThat(jdbc.sql("select count(*) from case_service where case_id > ? and case_id <= ?")
                .params(before, care).query(Long.class).single()).isPositive();
        // the journey draws from its own stream: the first 200 people of the full run are the same
        assertThat(people(before, care)).isEqualTo(people(after, after + 200));
    }

    private List<String> people(long from, long to) {
        return jdbc.sql("""
                select c.identified_on, c.sex, c.age_at_identification, c.citizenship, p.given_names, p.family_name
                  from case_file c join case_person p on p.case_id = c.id
                 where c.id > ? and c.id <= ? order by c.id""").params(from, to).query((rs, n) ->
                rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getInt(3) + "|" + rs.getString(4) + "|"
                        + cipher.decrypt(rs.getString(5), "case_person.given_names") + " "
                        + cipher.decrypt(rs.getString(6), "case_person.family_name")).list();
    }

    @Test
    void everyJourneyCodeBelongsToItsListAndHasALabelInEveryLanguage() {
        Map<String, Function<String, String>> columns = new LinkedHashMap<>();
        columns.put("case_bi_determination.decision", v -> BestInterestsDecision.valueOf(v).messageKey());
        columns.put("case_bi_determination.status", v -> DecisionStatus.valueOf(v).messageKey());
        columns.put("case_tracing_request.status", v -> TracingStatus.valueOf(v).messageKey());
        columns.put("case_transfer.status", v -> TransferStatus.valueOf(v).messageKey());
        columns.put("case_return_document.kind", v -> DocumentKind.valueOf(v).messageKey());
        columns.put("case_return_plan.unnest(checklist)", v -> ChecklistItem.valueOf(v).messageKey());
        columns.put("case_reintegration_component.component", v -> ReintegrationComponent.valueOf(v).messageKey());
        columns.put("case_reintegration_component.status", v -> ComponentStatus.valueOf(v).messageKey());
        columns.put("case_follow_up_visit.risk_level", v -> "return.visit.risk." + v);
        columns.put("office_notification.kind", v -> "notification." + v.toLowerCase(Locale.ROOT).replace('_', '-'));
        columns.put("case_closure_request.reason", v -> CodeList.CLOSURE_REASON.codes().stream()
                .filter(c -> c.value().equals(v)).findFirst().map(HtcdsCode::messageKey).orElseThrow());
        List<String> missing = new ArrayList<>();
        columns.forEach((column, key) -> {
            String table = column.substring(0, column.indexOf('.'));
            String value = column.substring(column.indexOf('.') + 1);
            value = value.startsWith("unnest(") ? "unnest(x." + value.substring("unnest(".length()) : "x." + value;
            String ofCase = table.equals("office_notification") ? "x.case_number = c.case_number" : "x.case_id = c.id";
            List<String> stored = jdbc.sql("select distinct " + value + " from " + table + " x ," + CASES
                    + "and " + ofCase).param("after", after).param("upTo", upTo).query(String.class).list();
            assertThat(stored).as(column).isNotEmpty();
            for (String code : stored) {
                if (code == null) {
                    continue;
                }
                String messageKey;
                try {
                    messageKey = key.apply(code);
                } catch (RuntimeException e) {
                    missing.add(column + " = " + code + ": not a code of its list");
                    continue;
                }
                for (Locale language : Languages.SUPPORTED) {
                    String label = messages.getMessage(messageKey, null, null, language);
                    if (label == null || label.isBlank()) {
                        missing.add(column + " = " + code + ": no " + messageKey + " in " + language);
                    }
                }
            }
        });
        assertThat(missing).isEmpty();
        assertThat(jdbc.sql("select distinct destination_country from case_return_plan x ," + CASES
                + "and x.case_id = c.id").param("after", after).param("upTo", upTo).query(String.class).list())
                .isNotEmpty().allMatch(code -> code.matches("[A-Z]{2}"));
    }

    @Test
    void theStepsOfEveryJourneyFollowEachOtherAndNoneIsAfterTheClosureOrToday() {
        Map<String, String> violations = new LinkedHashMap<>();
        String end = "coalesce(c.closed_on, current_date)";
        violations.put("assessment before identification or after the end", "select count(*) from case_bi_assessment"
                + " a ," + CASES + "and a.case_id = c.id and (a.assessed_on < c.identified_on or a.assessed_on > "
                + end + ")");
        violations.put("determination before its assessment, decided before requested or after the end",
                "select count(*) from case_bi_determination d join case_bi_assessment a on a.id = d.assessment_id"
                        + " ," + CASES + "and d.case_id = c.id and (a.case_id <> c.id or d.requested_at::date"
                        + " < a.assessed_on or d.decided_at < d.requested_at or d.requested_at::date > " + end
                        + " or d.decided_at::date > " + end + ")");
        violations.put("child traced before the approval of the return", "select count(*) from case_tracing_request t"
                + " ," + CASES + "and t.case_id = c.id and c.is_child and not exists (select 1 from"
                + " case_bi_determination d where d.case_id = c.id and d.status = 'APPROVED' and d.decision ="
                + " 'RETURN_TO_FAMILY' and d.decided_at <= t.requested_at)");
        violations.put("tracing answered before asked, asked before identification, after the end or to the own office",
                "select count(*) from case_tracing_request t ," + CASES + "and t.case_id = c.id and"
                        + " (t.requested_at::date < c.identified_on or t.assessed_at < t.requested_at or"
                        + " t.assessed_at::date > " + end + " or t.from_office_id = t.to_office_id or"
                        + " (t.status = 'OPEN') <> (t.assessed_at is null))");
        violations.put("child's return planned without an approved return",
                "select count(*) from case_return_plan p ," + CASES + "and p.case_id = c.id and c.is_child and not"
                        + " exists (select 1 from case_bi_determination d where d.case_id = c.id and d.status ="
                        + " 'APPROVED' and d.decision = 'RETURN_TO_FAMILY' and d.decided_at <= p.planned_at)");
        violations.put("return planned before the family was found", "select count(*) from case_return_plan p,"
                + CASES + "and p.case_id = c.id and exists (select 1 from case_tracing_request t where t.case_id ="
                + " c.id and (t.assessed_at is null or t.assessed_at > p.planned_at))");
        violations.put("document before the plan, issued before requested or after the departure",
                "select count(*) from case_return_document d join case_return_plan p on p.case_id = d.case_id,"
                        + CASES + "and d.case_id = c.id and (d.requested_on < p.planned_at::date or d.issued_on <"
                        + " d.requested_on or d.issued_on > coalesce(p.departed_on, " + end + ") or d.requested_on > "
                        + end + ")");
        violations.put("departure without every document issued or the checklist, or arrival before departure",
                "select count(*) from case_return_plan p ," + CASES + "and p.case_id = c.id and p.status <>"
                        + " 'PLANNED' and (cardinality(p.checklist) <> 6 or p.departed_on < p.planned_at::date or"
                        + " p.arrived_on < p.departed_on or p.departed_on > " + end + " or p.arrived_on > " + end
                        + " or not exists (select 1 from case_return_document d where d.case_id = c.id) or exists"
                        + " (select 1 from case_return_document d where d.case_id = c.id and d.status <> 'ISSUED'))");
        violations.put("transfer before the plan, decided before asked or departure before the decision",
                "select count(*) from case_transfer t join case_return_plan p on p.case_id = t.case_id ," + CASES
                        + "and t.case_id = c.id and (t.requested_at < p.planned_at or t.decided_at < t.requested_at"
                        + " or t.decided_at::date > " + end + " or p.departed_on < t.decided_at::date)");
        violations.put("transferred case not owned by the receiving office, or its name keys left behind",
                "select count(*) from case_transfer t ," + CASES + "and t.case_id = c.id and t.status = 'ACCEPTED'"
                        + " and (c.office_id <> t.to_office_id or c.assigned_to is not null or exists (select 1 from"
                        + " case_name_key k where k.case_id = c.id and k.office_id <> c.office_id))");
        violations.put("transfer without an active consent to share across borders",
                "select count(*) from case_transfer t ," + CASES + "and t.case_id = c.id and not exists (select 1"
                        + " from case_consent k where k.case_id = c.id and k.purpose = 'CROSS_BORDER_SHARING' and"
                        + " k.withdrawn_on is null and k.given_on <= t.requested_at::date)");
        violations.put("reintegration before the arrival, paid before planned, over budget or after the end",
                "select count(*) from case_reintegration_component r join case_return_plan p on p.case_id ="
                        + " r.case_id ," + CASES + "and r.case_id = c.id and (p.arrived_on is null or"
                        + " r.recorded_at::date < p.arrived_on or r.recorded_at::date > " + end + " or r.budget <"
                        + " (select coalesce(sum(d.amount), 0) from case_reintegration_disbursement d where"
                        + " d.component_id = r.id) or exists (select 1 from case_reintegration_disbursement d where"
                        + " d.component_id = r.id and (d.paid_on < r.recorded_at::date or d.paid_on > " + end
                        + ")) or (r.status = 'COMPLETED') <> (r.budget = (select coalesce(sum(d.amount), 0) from"
                        + " case_reintegration_disbursement d where d.component_id = r.id)))");
        violations.put("visits not scheduled from the arrival, visited before it or after the end",
                "select count(*) from case_follow_up_visit v join case_return_plan p on p.case_id = v.case_id,"
                        + CASES + "and v.case_id = c.id and (p.arrived_on is null or v.due_on <> p.arrived_on +"
                        + " make_interval(months => v.months_after_return) or v.visited_on < p.arrived_on or"
                        + " v.visited_on > " + end + " or (v.visited_on is null) <> (v.risk_level is null) or"
                        + " (v.visited_on is null) <> (v.findings is null))");
        violations.put("arrival without its follow-up visits", "select count(*) from case_return_plan p ," + CASES
                + "and p.case_id = c.id and p.status = 'ARRIVED' and (select count(*) from case_follow_up_visit v"
                + " where v.case_id = c.id) <> 4");
        violations.put("alert on a visit made, not yet due or raised after the closure",
                "select count(*) from follow_up_alert a join case_follow_up_visit v on v.id = a.visit_id ," + CASES
                        + "and a.case_id = c.id and (v.case_id <> c.id or a.office_id <> c.office_id or v.visited_on"
                        + " is not null or a.raised_at::date <= v.due_on or a.raised_at::date > " + end + ")");
        violations.put("visit overdue in an open case without its alert", "select count(*) from case_follow_up_visit"
                + " v ," + CASES + "and v.case_id = c.id and c.closed_on is null and v.visited_on is null and"
                + " v.due_on < current_date - 1 and not exists (select 1 from follow_up_alert a where a.visit_id ="
                + " v.id)");
        violations.put("case in follow-up without an arrival, or back home and still active",
                "select count(*) from" + CASES + "and c.closed_on is null and exists (select 1 from"
                        + " case_return_plan p where p.case_id = c.id) and (c.status = 'FollowUp') <> exists (select 1"
                        + " from case_return_plan p where p.case_id = c.id and p.status = 'ARRIVED')");
        violations.put("closed child's case without an approved closure request, or follow-ups said done wrongly",
                "select count(*) from" + CASES + "and c.is_child and c.closed_on is not null and not exists (select 1"
                        + " from case_closure_request q where q.case_id = c.id and q.status = 'APPROVED' and"
                        + " q.decided_at::date = c.closed_on and q.reason = c.closure_reason and q.followups_done ="
                        + " (exists (select 1 from case_follow_up_visit v where v.case_id = c.id) and not exists"
                        + " (select 1 from case_follow_up_visit v where v.case_id = c.id and v.visited_on is null))"
                        + " and (q.followups_done or q.note is not null))");
        List<String> found = new ArrayList<>();
        violations.forEach((rule, sql) -> {
            long n = count(sql);
            if (n > 0) {
                found.add(rule + ": " + n);
            }
        });
        assertThat(found).isEmpty();
    }

    @Test
    void theSharesAtEachStageAreRealistic() {
        // children found away from their country, in care for a year or more and still open or closed after
        // their reintegration: most of them have a return plan
        String abroad = " from" + CASES + "and c.citizenship <> (select o.country_code from office o where o.id ="
                + " c.identifying_office_id) and c.identified_on < current_date - 400 ";
        long children = count("select count(*)" + abroad + "and c.is_child and exists (select 1 from"
                + " case_bi_determination d where d.case_id = c.id and d.status = 'APPROVED' and d.decision ="
                + " 'RETURN_TO_FAMILY') and not exists (select 1 from case_tracing_request t where t.case_id = c.id"
                + " and t.status <> 'FAMILY_FOUND')");
        long planned = count("select count(*)" + abroad + "and c.is_child and exists (select 1 from"
                + " case_return_plan p where p.case_id = c.id)");
        assertThat(children).as("children whose return was approved and family found").isGreaterThan(30);
        assertThat((double) planned / children).as("share of them with a return plan").isBetween(0.6, 1.0);
        long plans = count("select count(*) from case_return_plan p ," + CASES + "and p.case_id = c.id");
        long arrived = count("select count(*) from case_return_plan p ," + CASES + "and p.case_id = c.id and"
                + " p.status = 'ARRIVED'");
        assertThat((double) arrived / plans).as("share of returns arrived").isBetween(0.4, 0.95);
        long traced = count("select count(*) from case_tracing_request t ," + CASES + "and t.case_id = c.id and"
                + " t.status <> 'OPEN'");
        long found = count("select count(*) from case_tracing_request t ," + CASES + "and t.case_id = c.id and"
                + " t.status = 'FAMILY_FOUND'");
        assertThat((double) found / traced).as("share of families found").isBetween(0.65, 0.9);
        long transferred = count("select count(*) from case_transfer t ," + CASES + "and t.case_id = c.id and"
                + " t.status = 'ACCEPTED'");
        long toOffices = count("select count(*) from case_return_plan p ," + CASES + "and p.case_id = c.id and"
                + " p.receiving_office_id is not null and exists (select 1 from case_tracing_request t where"
                + " t.case_id = c.id and t.status = 'FAMILY_FOUND')");
        assertThat((double) transferred / toOffices).as("share of returns to an office transferred there")
                .isBetween(0.15, 0.5);
        // (the visits due a month before the closure or today: those after a closure were never made)
        String dueBefore = " v.due_on < coalesce(c.closed_on, current_date) - 30";
        long due = count("select count(*) from case_follow_up_visit v ," + CASES + "and v.case_id = c.id and"
                + dueBefore);
        long visited = count("select count(*) from case_follow_up_visit v ," + CASES + "and v.case_id = c.id and"
                + dueBefore + " and v.visited_on is not null");
        assertThat((double) visited / due).as("share of visits made").isBetween(0.75, 0.98);
        long low = count("select count(*) from case_follow_up_visit v ," + CASES + "and v.case_id = c.id and"
                + " v.risk_level = 'LOW'");
        assertThat((double) low / count("select count(*) from case_follow_up_visit v ," + CASES
                + "and v.case_id = c.id and v.risk_level is not null")).as("share of low risk at follow-up")
                .isBetween(0.4, 0.9);
    }

    @Test
    void theSameSeedGivesTheSameJourneys() {
        long first = maxId();
        generator.generate(300, 77L, CaseGenerator.Detail.FULL, null);
        long second = maxId();
        generator.generate(300, 77L, CaseGenerator.Detail.FULL, null);
        List<String> once = journeys(first, second);
        assertThat(once).anyMatch(j -> j.contains("ARRIVED"));
        assertThat(journeys(second, maxId())).isEqualTo(once);
    }

    /** Each case's journey, by its place in the run, with the encrypted texts decrypted. */
    private List<String> journeys(long from, long to) {
        return jdbc.sql("""
                select c.status, c.office_id = c.identifying_office_id as stayed,
                  (select string_agg(d.decision || d.status || d.requested_at || coalesce(d.decided_at::text, ''),
                                     ',' order by d.id) from case_bi_determination d where d.case_id = c.id),
                  (select string_agg(t.status || t.to_office_id || t.requested_at, ',' order by t.id)
                     from case_tracing_request t where t.case_id = c.id),
                  (select string_agg(t.status || t.requested_at, ',' order by t.id)
                     from case_transfer t where t.case_id = c.id),
                  (select p.status || p.travel_date || coalesce(p.arrived_on::text, '') || p.cost || p.checklist::text
                     from case_return_plan p where p.case_id = c.id),
                  (select p.route from case_return_plan p where p.case_id = c.id),
                  (select string_agg(r.component || r.budget || r.status, ',' order by r.id)
                     from case_reintegration_component r where r.case_id = c.id),
                  (select string_agg(v.months_after_return || coalesce(v.visited_on::text, '-')
                                     || coalesce(v.risk_level, '-'), ',' order by v.id)
                     from case_follow_up_visit v where v.case_id = c.id)
                  from case_file c where c.id > ? and c.id <= ? order by c.id""").params(from, to)
                .query((rs, n) -> {
                    StringBuilder line = new StringBuilder();
                    for (int i = 1; i <= 9; i++) {
                        String value = rs.getString(i);
                        line.append(i == 7 && value != null ? cipher.decrypt(value, "case_return_plan.route") : value)
                                .append('|');
                    }
                    return line.toString();
                }).list();
    }

    @Test
    void generatedJourneysReadBackThroughTheApiAndTheCasePage() throws Exception {
        // a sample of every kind of journey, read by a case worker of the office that owns the case now
        Set<Long> sample = new LinkedHashSet<>();
        for (String where : List.of(
                "exists (select 1 from case_return_plan p where p.case_id = c.id and p.status = 'ARRIVED')",
                "exists (select 1 from case_return_plan p where p.case_id = c.id and p.status = 'DEPARTED')",
                "exists (select 1 from case_return_plan p where p.case_id = c.id and p.status = 'PLANNED')",
                "exists (select 1 from case_transfer t where t.case_id = c.id and t.status = 'ACCEPTED')",
                "exists (select 1 from case_transfer t where t.case_id = c.id and t.status <> 'ACCEPTED')",
                "exists (select 1 from case_bi_determination d where d.case_id = c.id and d.status <> 'APPROVED')",
                "exists (select 1 from case_tracing_request t where t.case_id = c.id and t.status <> 'FAMILY_FOUND')",
                "exists (select 1 from follow_up_alert a where a.case_id = c.id)",
                "exists (select 1 from case_closure_request q where q.case_id = c.id)")) {
            sample.addAll(jdbc.sql("select c.id from" + CASES + "and " + where + " order by c.id limit 4")
                    .param("after", after).param("upTo", upTo).query(Long.class).list());
        }
        assertThat(sample).hasSizeGreaterThan(20);
        List<String> failures = new ArrayList<>();
        for (long id : sample) {
            long office = jdbc.sql("select office_id from case_file where id = ?").param(id).query(Long.class).single();
            String bearer = bearer(office);
            Map<String, JsonNode> read = new LinkedHashMap<>();
            for (String part : List.of("", "/best-interests/assessments", "/best-interests/determinations",
                    "/tracing-requests", "/transfers", "/return", "/reintegration",
                    "/follow-ups", "/timeline")) {
                MockHttpServletResponse response = mvc.perform(get("/api/v1/cases/" + id + part)
                        .header(HttpHeaders.AUTHORIZATION, bearer)).andReturn().getResponse();
                if (response.getStatus() != 200 && !(part.equals("/return") && response.getStatus() == 404)) {
                    failures.add("GET /api/v1/cases/" + id + part + ": " + response.getStatus() + " "
                            + response.getContentAsString());
                } else if (response.getStatus() == 200) {
                    read.put(part, JSON.readTree(response.getContentAsByteArray()));
                }
            }
            compare(id, read, failures);
            MockHttpServletResponse page = mvc.perform(get("/cases/" + id).cookie(sessions.get(office)))
                    .andReturn().getResponse();
            if (page.getStatus() != 200 || page.getContentAsString().contains("??")) {
                failures.add("GET /cases/" + id + ": " + page.getStatus());
            }
            // and the sections the page loads (whatever they are: read from the page, 10 a case today; none if a
            // page comes whole), as htmx asks for them
            java.util.regex.Matcher loads = java.util.regex.Pattern.compile("hx-get=\"([^\"]+)\"")
                    .matcher(page.getContentAsString());
            while (loads.find()) {
                String section = loads.group(1).replace("&amp;", "&");
                MockHttpServletResponse fragment = mvc.perform(get(section).header("HX-Request", "true")
                        .cookie(sessions.get(office))).andReturn().getResponse();
                if (fragment.getStatus() != 200 || fragment.getContentAsString().contains("??")) {
                    failures.add("GET " + section + " (htmx): " + fragment.getStatus());
                }
            }
        }
        // the other offices of a journey: the former owner of a transferred case reads it (read-only), the office
        // named to receive a return sees its handover, the office of origin lists the tracing requests sent to it
        for (String where : List.of("c.office_id <> c.identifying_office_id",
                "exists (select 1 from case_return_plan p where p.case_id = c.id and p.receiving_office_id is not null"
                        + " and p.receiving_office_id <> c.office_id)")) {
            List<Long> others = jdbc.sql("select c.id from" + CASES + "and " + where + " order by c.id limit 5")
                    .param("after", after).param("upTo", upTo).query(Long.class).list();
            assertThat(others).as(where).isNotEmpty();
            for (long id : others) {
                boolean transferred = where.startsWith("c.office_id");
                long office = jdbc.sql(transferred ? "select identifying_office_id from case_file where id = ?"
                        : "select receiving_office_id from case_return_plan where case_id = ?").param(id)
                        .query(Long.class).single();
                String path = "/api/v1/cases/" + id + (transferred ? "/follow-ups" : "/handover");
                int status = mvc.perform(get(path).header(HttpHeaders.AUTHORIZATION, bearer(office))).andReturn()
                        .getResponse().getStatus();
                if (status != 200) {
                    failures.add("GET " + path + " by office " + office + ": " + status);
                }
            }
        }
        long origin = jdbc.sql("select t.to_office_id from case_tracing_request t," + CASES
                + "and t.case_id = c.id order by t.id limit 1").param("after", after).param("upTo", upTo)
                .query(Long.class).single();
        MockHttpServletResponse sent = mvc.perform(get("/api/v1/tracing-requests")
                .header(HttpHeaders.AUTHORIZATION, bearer(origin))).andReturn().getResponse();
        assertThat(sent.getStatus()).isEqualTo(200);
        assertThat(JSON.readTree(sent.getContentAsByteArray()).size()).isPositive();
        assertThat(failures).isEmpty();
    }

    private final Map<Long, String> bearers = new HashMap<>();
    private final Map<Long, Cookie> sessions = new HashMap<>();

    /** A case worker of the office, signed in for the API (and for the pages: {@link #sessions}). */
    private String bearer(long office) throws Exception {
        if (!bearers.containsKey(office)) {
            String username = SignIn.uniqueUsername("journeygen");
            users.create(new NewUser(username, "Journey reader", null, PASSWORD, null, office, "en",
                    Set.of(RoleGrant.of(Role.CASE_WORKER))));
            bearers.put(office, "Bearer " + Tokens.issue(mvc, username, PASSWORD).get("token").asString());
            sessions.put(office, SignIn.session(mvc, username, PASSWORD));
        }
        return bearers.get(office);
    }

    @Test
    void theCommandAcceptsEveryDetailAndRefusesAnUnknownOne() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        GenerateCasesCommand command = new GenerateCasesCommand(generator, new org.sankofa.database.DemoMode(true,
                false), context, new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(command.execute(new DefaultApplicationArguments("--sankofa.generate-cases=5",
                "--sankofa.generate-cases.detail=everything"))).isEqualTo(GenerateCasesCommand.INVALID);
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("core, care or full");
        for (String detail : List.of("core", "care", "full")) {
            long before = maxId();
            assertThat(command.execute(new DefaultApplicationArguments("--sankofa.generate-cases=40",
                    "--sankofa.generate-cases.seed=" + SEED, "--sankofa.generate-cases.detail=" + detail))).isZero();
            long plans = jdbc.sql("select count(*) from case_bi_assessment where case_id > ?").param(before)
                    .query(Long.class).single();
            assertThat(plans > 0).as(detail).isEqualTo(detail.equals("full"));
        }
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("detail full");
    }

    /** What the API gave for a case is what the generator wrote, the texts decrypted. */
    private void compare(long id, Map<String, JsonNode> read, List<String> failures) {
        Map<String, String> counts = Map.of(
                "/best-interests/assessments", "case_bi_assessment",
                "/best-interests/determinations", "case_bi_determination",
                "/tracing-requests", "case_tracing_request",
                "/transfers", "case_transfer",
                "/reintegration", "case_reintegration_component",
                "/follow-ups", "case_follow_up_visit");
        counts.forEach((part, table) -> {
            long stored = jdbc.sql("select count(*) from " + table + " where case_id = ?").param(id)
                    .query(Long.class).single();
            JsonNode list = read.get(part);
            if (list == null || !list.isArray() || list.size() != stored) {
                failures.add("case " + id + part + ": " + (list == null ? "not read" : list.size()) + " of " + stored);
            }
        });
        JsonNode plan = read.get("/return");
        long documents = jdbc.sql("select count(*) from case_return_document where case_id = ?").param(id)
                .query(Long.class).single();
        long plans = jdbc.sql("select count(*) from case_return_plan where case_id = ?").param(id)
                .query(Long.class).single();
        if ((plan == null) != (plans == 0)) {
            failures.add("case " + id + ": return plan " + (plan == null ? "not read" : "read where none is"));
        } else if (plan != null && (plan.get("plan").get("route").asString().isBlank()
                || plan.get("documents").size() != documents)) {
            failures.add("case " + id + ": return route not decrypted or documents missing");
        }
        JsonNode visits = read.get("/follow-ups");
        if (visits != null) {
            for (JsonNode visit : visits) {
                if (!visit.get("visitedOn").isNull() && visit.get("findings").asString().isBlank()) {
                    failures.add("case " + id + ": findings of a visit not decrypted");
                }
                if (!visit.get("visitedOn").isNull()
                        && LocalDate.parse(visit.get("visitedOn").asString()).isAfter(LocalDate.now())) {
                    failures.add("case " + id + ": a visit in the future");
                }
            }
        }
        JsonNode timeline = read.get("/timeline");
        if (timeline == null || timeline.isEmpty()) {
            failures.add("case " + id + ": empty timeline");
        }
    }
}
