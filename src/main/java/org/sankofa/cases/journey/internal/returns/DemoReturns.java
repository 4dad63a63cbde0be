package org.sankofa.cases.journey.internal.returns;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sankofa.cases.CaseId;
import org.sankofa.cases.bestinterests.ReturnApprovals;
import org.sankofa.cases.internal.protection.FieldCipher;
import org.sankofa.cases.journey.internal.followup.OverdueAlerts;
import org.sankofa.demo.DemoPart;
import org.sankofa.demo.DemoStep;
import org.sankofa.directory.Directory;
import org.sankofa.directory.Office;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo returns, after the demo cases and decisions (DemoPart order): adults from abroad, and children with an
 * approved return determination, up to four per country of origin, at every stage of the journey home — planned,
 * departed, arrived with follow-ups (one overdue and alerted), and back long enough for all follow-ups and a completed
 * reintegration. Skipped when any plan exists. Offices, the partner shelter and the approvals come from their
 * modules, not from their tables.
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
    private final Directory directory;
    private final ReturnApprovals approvals;

    DemoReturns(JdbcClient jdbc, FieldCipher cipher, OverdueAlerts alerts, Directory directory,
            ReturnApprovals approvals) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.alerts = alerts;
        this.directory = directory;
        this.approvals = approvals;
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
        // up to four returns per country of origin, so that every country has returns at every stage: the active
        // cases of people found away from their country (the offices' countries come from the directory), adults
        // and children whose return to the family was approved first
        List<Office> offices = directory.offices();
        record Found(long id, String citizenship, boolean child) {
        }
        List<Found> found = jdbc.sql("""
                select c.id, c.citizenship, c.is_child as child
                  from case_file c join unnest(?::bigint[], ?::varchar[]) as o(id, country_code) on o.id = c.office_id
                 where c.status = 'Active' and c.citizenship is not null and c.citizenship <> o.country_code
                 order by c.citizenship, c.is_child desc, c.id""")
                .params(offices.stream().map(o -> o.id().value()).toArray(Long[]::new),
                        offices.stream().map(Office::countryCode).toArray(String[]::new))
                .query(Found.class).list();
        Set<CaseId> approved = approvals.returnApproved(found.stream().filter(Found::child)
                .map(f -> CaseId.of(f.id())).toList());
        Map<String, Long> receivingOffice = new HashMap<>();
        offices.stream().sorted(Comparator.comparingLong(o -> o.id().value()))
                .forEach(o -> receivingOffice.putIfAbsent(o.countryCode(), o.id().value()));
        Map<String, Integer> perCountry = new HashMap<>();
        List<Candidate> candidates = found.stream()
                .filter(f -> !f.child() || approved.contains(CaseId.of(f.id())))
                .filter(f -> perCountry.merge(f.citizenship(), 1, Integer::sum) <= 4)
                .map(f -> new Candidate(f.id(), f.citizenship(), receivingOffice.get(f.citizenship())))
                .toList();
        Long provider = directory.organisations().stream().filter(o -> "ABRI".equals(o.acronym()))
                .map(o -> o.id().value()).findFirst().orElse(null);
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
