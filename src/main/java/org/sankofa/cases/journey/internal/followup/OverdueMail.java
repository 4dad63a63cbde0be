package org.sankofa.cases.journey.internal.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * E-mails the supervisors of the office about alerts not yet e-mailed, when SMTP is configured (spring.mail.host).
 * The alert rows are claimed with {@code for update skip locked} and marked in the same transaction, so that two
 * nodes never send the same alert; if sending fails the transaction rolls back and the next run tries again.
 * Messages carry the case number, the visit and its due date — never a name.
 */
@Component
public class OverdueMail {

    record Pending(long alertId, String caseNumber, int monthsAfterReturn, LocalDate dueOn, long officeId) {
    }

    record Recipient(String email, String locale) {
    }

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final MessageSource messages;

    OverdueMail(JdbcClient jdbc, ObjectProvider<JavaMailSender> mailSender, MessageSource messages) {
        this.jdbc = jdbc;
        this.mailSender = mailSender;
        this.messages = messages;
    }

    /** Sends with the configured mail sender; does nothing without SMTP. Returns the number of alerts e-mailed. */
    @Transactional
    public int sendPending() {
        JavaMailSender sender = mailSender.getIfAvailable();
        return sender == null ? 0 : sendPending(sender);
    }

    @Transactional
    public int sendPending(JavaMailSender sender) {
        List<Pending> pending = jdbc.sql("""
                select a.id as alert_id, c.case_number, v.months_after_return, v.due_on, a.office_id
                  from follow_up_alert a join case_follow_up_visit v on v.id = a.visit_id
                       join case_file c on c.id = a.case_id
                 where a.emailed_at is null
                 order by a.id limit 100
                   for update of a skip locked""")
                .query(Pending.class).list();
        int sent = 0;
        for (Pending alert : pending) {
            List<Recipient> recipients = jdbc.sql("""
                    select distinct u.email, u.locale from app_user u join user_role r on r.user_id = u.id
                     where u.office_id = ? and r.role = 'CASE_SUPERVISOR' and u.enabled and u.email is not null""")
                    .param(alert.officeId()).query(Recipient.class).list();
            for (Recipient recipient : recipients) {
                Locale locale = Locale.forLanguageTag(recipient.locale());
                SimpleMailMessage message = new SimpleMailMessage();
                message.setTo(recipient.email());
                message.setSubject(messages.getMessage("return.mail.subject", new Object[] {alert.caseNumber()},
                        locale));
                message.setText(messages.getMessage("return.mail.body", new Object[] {alert.caseNumber(),
                        alert.monthsAfterReturn(), alert.dueOn().toString()}, locale));
                sender.send(message);
            }
            jdbc.sql("update follow_up_alert set emailed_at = now() where id = ?").param(alert.alertId()).update();
            sent++;
        }
        return sent;
    }
}
