package org.sankofa.cases.bestinterests.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.sankofa.cases.internal.protection.FieldCipher;
import org.sankofa.demo.DemoPart;
import org.sankofa.demo.DemoStep;
import org.sankofa.directory.Directory;
import org.sankofa.directory.Office;
import org.sankofa.identity.Colleague;
import org.sankofa.identity.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo best-interests decisions, after the demo cases and before the demo returns and journeys (DemoPart order),
 * which need approved returns: for children found away from their country, in every office and for every
 * country of origin, an assessment and a determination at every stage — return to the family approved (most),
 * requested and waiting for the supervisor, rejected until the family is traced, and care in the country of origin
 * approved. Decisions are made by the office's demo supervisor where the office has one. Skipped when any
 * determination exists. Offices and people come from the directory and identity modules, not from their tables.
 */
@Component
class DemoDecisions implements DemoStep {

    private static final Logger log = LoggerFactory.getLogger(DemoDecisions.class);

    record Child(long id, long officeId, String citizenship, Long caseWorker, Long supervisor) {
    }

    private record Stage(String decision, String status, String reasons, String note) {
    }

    private static final List<Stage> STAGES = List.of(
            new Stage("RETURN_TO_FAMILY", "APPROVED",
                    "The child asks to go home; the family is known and willing; no protection risk identified.",
                    "Approved: start family tracing and prepare the return."),
            new Stage("RETURN_TO_FAMILY", "REQUESTED",
                    "The child wishes to return; the mother was reached by phone and asks for the child back.", null),
            new Stage("RETURN_TO_FAMILY", "APPROVED",
                    "Family traced and assessed as safe; the child wants to return to school at home.",
                    "Approved with a follow-up plan of one year."),
            new Stage("RETURN_TO_FAMILY", "REJECTED",
                    "The child wishes to return; the family has not been traced yet.",
                    "Rejected for now: the family must be traced and assessed first."),
            new Stage("ALTERNATIVE_CARE_IN_ORIGIN", "APPROVED",
                    "The parents placed the child with the exploiter; an aunt in the home region can care for the child.",
                    "Approved: kinship care with the aunt, with close follow-up."));

    /** The demo world's case workers and supervisors (module demo), who assess and decide in their offices. */
    private static final List<String> DEMO_STAFF = List.of("caseworker.dakar", "supervisor.dakar",
            "caseworker.conakry", "supervisor.conakry");

    private final JdbcClient jdbc;
    private final FieldCipher cipher;
    private final Directory directory;
    private final UserAccounts users;

    DemoDecisions(JdbcClient jdbc, FieldCipher cipher, Directory directory, UserAccounts users) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.directory = directory;
        this.users = users;
    }

    @Override
    public DemoPart part() {
        return DemoPart.BEST_INTERESTS_DECISIONS;
    }

    @Override
    @Transactional
    public void load() {
        if (jdbc.sql("select exists (select 1 from case_bi_determination)").query(Boolean.class).single()) {
            return;
        }
        // up to five children per office and country of origin, the oldest cases first; the offices' countries
        // come from the directory, as arrays the query joins
        List<Office> offices = directory.offices();
        record Found(long id, long officeId, String citizenship) {
        }
        List<Found> found = jdbc.sql("""
                select id, office_id, citizenship from (
                    select c.id, c.office_id, c.citizenship,
                           row_number() over (partition by c.office_id, c.citizenship order by c.id) as n
                      from case_file c join unnest(?::bigint[], ?::varchar[]) as o(id, country_code)
                           on o.id = c.office_id
                     where c.is_child and c.status = 'Active' and c.citizenship is not null
                       and c.citizenship <> o.country_code) ranked
                 where n <= 5 order by id""")
                .params(offices.stream().map(o -> o.id().value()).toArray(Long[]::new),
                        offices.stream().map(Office::countryCode).toArray(String[]::new))
                .query(Found.class).list();
        Map<Long, Colleague> caseWorkers = staff("caseworker.");
        Map<Long, Colleague> supervisors = staff("supervisor.");
        List<Child> children = found.stream().map(f -> new Child(f.id(), f.officeId(), f.citizenship(),
                idOf(caseWorkers.get(f.officeId())), idOf(supervisors.get(f.officeId())))).toList();
        int i = 0;
        for (Child child : children) {
            decide(child, STAGES.get(i++ % STAGES.size()));
        }
        log.info("Demo best-interests decisions loaded: {} children", children.size());
    }

    /** The demo staff whose username starts with {@code prefix}, by office (the first one where an office has two). */
    private Map<Long, Colleague> staff(String prefix) {
        return users.colleaguesByUsername(DEMO_STAFF).values().stream()
                .filter(c -> c.username().startsWith(prefix) && c.officeId() != null)
                .collect(Collectors.toMap(Colleague::officeId, c -> c,
                        (a, b) -> a.id() < b.id() ? a : b));
    }

    private static Long idOf(Colleague colleague) {
        return colleague == null ? null : colleague.id();
    }

    private void decide(Child child, Stage stage) {
        long assessment = jdbc.sql("""
                insert into case_bi_assessment (case_id, assessed_on, assessed_by, summary, recorded_at)
                values (?, current_date - 45, ?, ?, now() - interval '45 days') returning id""")
                .params(child.id(), child.caseWorker(), cipher.encrypt("Demo assessment with the child (views, "
                        + "safety, family, education and health): " + stage.reasons(), BestInterests.SUMMARY))
                .query(Long.class).single();
        boolean decided = !"REQUESTED".equals(stage.status());
        jdbc.sql("""
                insert into case_bi_determination (case_id, assessment_id, decision, status, reasons, requested_by,
                                                   requested_at, decided_by, decided_at, decision_note)
                values (?, ?, ?, ?, ?, ?, now() - interval '40 days', ?,
                        case when ? then now() - interval '35 days' end, ?)""")
                .params(child.id(), assessment, stage.decision(), stage.status(),
                        cipher.encrypt(stage.reasons(), BestInterests.REASONS), child.caseWorker(),
                        decided ? child.supervisor() : null, decided,
                        decided ? cipher.encrypt(stage.note(), BestInterests.DECISION_NOTE) : null)
                .update();
    }
}
