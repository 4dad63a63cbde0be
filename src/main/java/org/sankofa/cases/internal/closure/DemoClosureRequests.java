package org.sankofa.cases.internal.closure;

import java.util.List;

import org.sankofa.cases.internal.protection.FieldCipher;
import org.sankofa.demo.DemoPart;
import org.sankofa.demo.DemoStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo closures of children's cases after their return (after the demo returns, in DemoPart order): a request waiting for
 * the supervisor where every follow-up visit was made; where visits remain, a request approved with its reason (the
 * case is closed) and one rejected until the visits are made. Skipped when any closure request exists.
 */
@Component
class DemoClosureRequests implements DemoStep {

    private static final Logger log = LoggerFactory.getLogger(DemoClosureRequests.class);

    record Returned(long id, long officeId, boolean followUpsDone, Long caseWorker, Long supervisor) {
    }

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    DemoClosureRequests(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @Override
    public DemoPart part() {
        return DemoPart.CLOSURE_REQUESTS;
    }

    @Override
    @Transactional
    public void load() {
        if (jdbc.sql("select exists (select 1 from case_closure_request)").query(Boolean.class).single()) {
            return;
        }
        List<Returned> returned = jdbc.sql("""
                select c.id, c.office_id,
                       not exists (select 1 from case_follow_up_visit v where v.case_id = c.id and v.visited_on is null)
                           as follow_ups_done,
                       (select u.id from app_user u where u.office_id = c.office_id and u.username like 'caseworker.%'
                         order by u.id limit 1) as case_worker,
                       (select u.id from app_user u where u.office_id = c.office_id and u.username like 'supervisor.%'
                         order by u.id limit 1) as supervisor
                  from case_file c join case_return_plan p on p.case_id = c.id
                 where c.is_child and c.status = 'Active' and p.status = 'ARRIVED'
                 order by c.id""")
                .query(Returned.class).list();
        int done = 0;
        int pending = 0;
        for (Returned r : returned) {
            if (r.followUpsDone() && done++ < 3) {
                request(r, "ReintegrationCompleted", "All follow-up visits made; back at school, living with the family.",
                        "REQUESTED", null);
            } else if (!r.followUpsDone() && pending == 0) {
                pending++;
                request(r, "MovedOutOfArea", "The family moved to another region; the local child-protection "
                        + "committee follows the child up.", "APPROVED", "Approved: hand-over note sent to the "
                        + "committee.");
                jdbc.sql("""
                        update case_file set status = 'Closed', closed_on = current_date - 3,
                               closure_reason = 'MovedOutOfArea', version = version + 1 where id = ?""")
                        .param(r.id()).update();
                jdbc.sql("""
                        insert into case_closure_event (case_id, action, reason, note, acted_on, acted_by)
                        values (?, 'CLOSED', 'MovedOutOfArea', ?, current_date - 3, ?)""")
                        .params(r.id(), cipher.encrypt("The family moved to another region.", Closures.NOTE),
                                r.supervisor())
                        .update();
            } else if (!r.followUpsDone() && pending == 1) {
                pending++;
                request(r, "ReintegrationCompleted", "The child is doing well at home.", "REJECTED",
                        "Rejected: the 3- and 6-month visits must be made first.");
            }
        }
        log.info("Demo closure requests loaded");
    }

    private void request(Returned r, String reason, String note, String status, String decisionNote) {
        boolean decided = !"REQUESTED".equals(status);
        jdbc.sql("""
                insert into case_closure_request (case_id, reason, note, followups_done, status, requested_by,
                                                  requested_at, decided_by, decided_at, decision_note)
                values (?, ?, ?, ?, ?, ?, now() - interval '6 days', ?,
                        case when ? then now() - interval '3 days' end, ?)""")
                .params(r.id(), reason, cipher.encrypt(note, Closures.REQUEST_NOTE), r.followUpsDone(), status,
                        r.caseWorker(), decided ? r.supervisor() : null, decided,
                        decisionNote == null ? null : cipher.encrypt(decisionNote, Closures.REQUEST_DECISION_NOTE))
                .update();
    }
}
