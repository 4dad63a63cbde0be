package org.sankofa.cases.journey.internal.returns;

import java.time.LocalDate;
import java.util.List;

import org.sankofa.cases.internal.protection.FieldCipher;
import org.sankofa.demo.DemoPart;
import org.sankofa.demo.DemoStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.sankofa.cases.journey.internal.followup.OverdueAlerts;

/**
 * Demo returns, after the demo cases and decisions (DemoPart order): adults from abroad, and children with an
 * approved return determination, up to four per country of origin, at every stage of the journey home — planned, departed, arrived with follow-ups (one overdue and
 * alerted), and back long enough for all follow-ups and a completed reintegration. Skipped when any plan exists.
 */
@Component
class DemoReturns implements DemoStep {

    private static final Logger log = LoggerFactory.getLogger(DemoReturns.class);
    private static final String[] ALL_CHECKS = {"CHILD_CONSULTED", "ESCORT_BRIEFED", "FAMILY_INFORMED",
            "MEDICAL_CLEARANCE", "RECEIVING_OFFICE_CONFIRMED", "TRAVEL_DOCUMENTS_READY"};

    record Candidate(long id, String citizenship, Long receivingOfficeId) {
    }

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final OverdueAlerts alerts;

    DemoReturns(JdbcClient jdbc, FieldCipher cipher, OverdueAlerts alerts) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.alerts = alerts;
    }

    @Override
    public DemoPart part() {
        return DemoPart.RETURNS;
    }

    @Override
    @Transactional
    public void load() {
        if (jdbc.sql("select exists (select 1 from case_return_plan)").query(Boolean.class).single()) {
            return;
        }
        // up to four returns per country of origin, so that every country has returns at every stage
        List<Candidate> candidates = jdbc.sql("""
                select id, citizenship, receiving_office_id from (
                    select c.id, c.citizenship,
                           (select r.id from office r where r.country_code = c.citizenship order by r.id limit 1)
                               as receiving_office_id,
                           row_number() over (partition by c.citizenship order by c.is_child desc, c.id) as n
                      from case_file c join office o on o.id = c.office_id
                     where c.status = 'Active' and c.citizenship is not null and c.citizenship <> o.country_code
                       and (not c.is_child or exists (select 1 from case_bi_determination d where d.case_id = c.id
                                                      and d.status = 'APPROVED' and d.decision = 'RETURN_TO_FAMILY'))
                ) ranked
                 where n <= 4 order by citizenship, n""")
                .query(Candidate.class).list();
        Long provider = jdbc.sql("select id from organisation where acronym = 'ABRI' limit 1").query(Long.class)
                .optional().orElse(null);
        int i = 0;
        for (Candidate c : candidates) {
            stage(c, i++ % 4, provider);
        }
        int raised = alerts.raise();
        log.info("Demo returns loaded: {} plans, {} overdue alerts", candidates.size(), raised);
    }

    private void stage(Candidate c, int stage, Long provider) {
        LocalDate today = LocalDate.now();
        LocalDate arrived = switch (stage) {
            case 2 -> today.minusDays(100);
            case 3 -> today.minusDays(400);
            default -> null;
        };
        LocalDate departed = stage == 1 ? today.minusDays(1) : arrived == null ? null : arrived.minusDays(1);
        String status = stage == 0 ? "PLANNED" : stage == 1 ? "DEPARTED" : "ARRIVED";
        jdbc.sql("""
                insert into case_return_plan (case_id, destination_country, receiving_office_id, travel_date, route,
                                              escort, programme, cost, currency, checklist, status, departed_on,
                                              arrived_on, arrival_place, arrival_persons)
                values (?, ?, ?, ?, ?, ?, 'ECOWAS assisted voluntary return', 185000, 'XOF', ?::varchar[], ?, ?, ?,
                        ?, ?)""")
                .params(c.id(), c.citizenship(), c.receivingOfficeId(),
                        departed == null ? today.plusDays(12) : departed,
                        cipher.encrypt("By road, via the border post", "case_return_plan.route"),
                        cipher.encrypt("Demo escort (social worker)", "case_return_plan.escort"),
                        stage == 0 ? new String[] {"CHILD_CONSULTED", "FAMILY_INFORMED"} : ALL_CHECKS, status,
                        departed, arrived,
                        arrived == null ? null : cipher.encrypt("Bus station", "case_return_plan.arrival_place"),
                        arrived == null ? null
                                : cipher.encrypt("Demo family member, office staff", "case_return_plan.arrival_persons"))
                .update();
        jdbc.sql("""
                insert into case_return_document (case_id, kind, status, issuing_authority, requested_on, issued_on)
                values (?, 'LAISSEZ_PASSER', ?, 'Consulate', ?, ?)""")
                .params(c.id(), stage == 0 ? "REQUESTED" : "ISSUED", today.minusDays(stage == 0 ? 3 : 420),
                        stage == 0 ? null : today.minusDays(stage == 1 ? 5 : 410))
                .update();
        if (arrived == null) {
            return;
        }
        for (int months : new int[] {1, 3, 6, 12}) {
            LocalDate due = arrived.plusMonths(months);
            boolean visited = stage == 3 || months == 1;
            jdbc.sql("""
                    insert into case_follow_up_visit (case_id, months_after_return, due_on, visited_on, findings,
                                                      economic_score, social_score, psychosocial_score, risk_level)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(c.id(), months, due, visited ? due : null,
                            visited ? cipher.encrypt("Demo visit: living with the family, attends school.",
                                    "case_follow_up_visit.findings") : null,
                            visited ? 3 : null, visited ? 4 : null, visited ? 3 : null, visited ? "LOW" : null)
                    .update();
        }
        if (provider != null) {
            long school = jdbc.sql("""
                    insert into case_reintegration_component (case_id, component, provider_org_id, budget, currency,
                                                              status)
                    values (?, 'RETURN_TO_SCHOOL', ?, 150000, 'XOF', ?) returning id""")
                    .params(c.id(), provider, stage == 3 ? "COMPLETED" : "IN_PROGRESS").query(Long.class).single();
            jdbc.sql("insert into case_reintegration_disbursement (component_id, amount, paid_on) values (?, ?, ?)")
                    .params(school, stage == 3 ? 150000 : 50000, arrived.plusDays(20)).update();
            jdbc.sql("""
                    insert into case_reintegration_component (case_id, component, provider_org_id, budget, currency)
                    values (?, 'VOCATIONAL_TRAINING', ?, 200000, 'XOF')""")
                    .params(c.id(), provider).update();
        }
    }
}
