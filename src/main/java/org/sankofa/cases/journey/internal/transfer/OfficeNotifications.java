package org.sankofa.cases.journey.internal.transfer;

import java.time.OffsetDateTime;
import java.util.List;

import org.sankofa.cases.CaseId;
import org.sankofa.cases.events.CaseTransferRejected;
import org.sankofa.cases.events.CaseTransferRequested;
import org.sankofa.cases.events.CaseTransferred;
import org.sankofa.cases.events.TracingAnswered;
import org.sankofa.cases.events.TracingRequested;
import org.sankofa.identity.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * In-app notices to an office about tracing and transfers: a case number and what happened, no personal data. They
 * listen to the events of tracing and transfers after those commit (docs/decisions/0010-domain-events.md): a notice
 * may come a moment later, never for a change that rolled back, and a notice that failed is written again by the
 * publication registry's retries without holding up the transfer.
 */
@Component
public class OfficeNotifications {

    /** One notice; {@code kind} names a message key suffix (e.g. TRANSFER_REQUESTED). */
    public record Notice(String kind, String caseNumber, OffsetDateTime createdAt) {

        public String messageKey() {
            return "notification." + kind.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private final JdbcClient jdbc;

    OfficeNotifications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The office asked to trace a family hears of the request. */
    @ApplicationModuleListener
    public void on(TracingRequested requested) {
        notify(requested.caseId(), "TRACING_REQUESTED", requested.toOfficeId());
    }

    /** The office that asked hears of the outcome. */
    @ApplicationModuleListener
    public void on(TracingAnswered answered) {
        notify(answered.caseId(), "TRACING_" + answered.outcome(), answered.fromOfficeId());
    }

    /** The office asked to take a case over hears of the request. */
    @ApplicationModuleListener
    public void on(CaseTransferRequested requested) {
        notify(requested.caseId(), "TRANSFER_REQUESTED", requested.toOfficeId());
    }

    /** Both offices hear that the transfer was accepted, and the person who asked for it on their home page. */
    @ApplicationModuleListener
    public void on(CaseTransferred transferred) {
        notify(transferred.caseId(), "TRANSFER_ACCEPTED", transferred.fromOfficeId(), transferred.toOfficeId());
        notifyRequester(transferred.transferId(), "TRANSFER_ACCEPTED");
    }

    /** Both offices hear that the transfer was rejected, and the person who asked for it on their home page. */
    @ApplicationModuleListener
    public void on(CaseTransferRejected rejected) {
        notify(rejected.caseId(), "TRANSFER_REJECTED", rejected.fromOfficeId(), rejected.toOfficeId());
        notifyRequester(rejected.transferId(), "TRANSFER_REJECTED");
    }

    /** A notice to the person who asked for the transfer (in their office), when their account still exists. */
    private void notifyRequester(long transferId, String kind) {
        jdbc.sql("""
                insert into office_notification (office_id, kind, case_number, recipient_id)
                select t.from_office_id, ?, c.case_number, t.requested_by
                  from case_transfer t join case_file c on c.id = t.case_id
                 where t.id = ? and t.requested_by is not null""")
                .params(kind, transferId).update();
    }

    /** One notice per office, naming the case by its number (read from the case, in the same statement). */
    private void notify(CaseId caseId, String kind, long... officeIds) {
        jdbc.sql("""
                insert into office_notification (office_id, kind, case_number)
                select o.office_id, ?, c.case_number from case_file c, unnest(?::bigint[]) as o(office_id)
                 where c.id = ?""")
                .params(kind, officeIds, caseId.value()).update();
    }

    /** The latest notices to the person's office. */
    public List<Notice> latest(CurrentUser user) {
        if (user.officeId() == null) {
            return List.of();
        }
        return jdbc.sql("""
                select kind, case_number, created_at from office_notification
                 where office_id = ? and recipient_id is null order by created_at desc, id desc limit 20""")
                .param(user.officeId()).query(Notice.class).list();
    }
}
