package org.sankofa.cases.journey.internal.transfer;

import java.time.OffsetDateTime;
import java.util.List;

import org.sankofa.identity.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** In-app notices to an office about tracing and transfers: a case number and what happened, no personal data. */
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

    public void notify(long officeId, String kind, String caseNumber) {
        jdbc.sql("insert into office_notification (office_id, kind, case_number) values (?, ?, ?)")
                .params(officeId, kind, caseNumber).update();
    }

    /** The latest notices to the person's office. */
    public List<Notice> latest(CurrentUser user) {
        if (user.officeId() == null) {
            return List.of();
        }
        return jdbc.sql("""
                select kind, case_number, created_at from office_notification
                 where office_id = ? order by created_at desc, id desc limit 20""")
                .param(user.officeId()).query(Notice.class).list();
    }
}
