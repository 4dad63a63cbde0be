package org.sankofa.cases.journey.internal.followup;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sankofa.identity.MailRecipient;
import org.sankofa.identity.Role;
import org.sankofa.identity.UserAccounts;
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
 * Messages carry the case number, the visit and its due date — never a name. The supervisors of an office are
 * looked up once per run, not once per alert.
 */
@Component
public class OverdueMail {

    record Pending(long alertId, String caseNumber, int monthsAfterReturn, LocalDate dueOn, long officeId) {
    }

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final MessageSource messages;
    private final UserAccounts users;

    OverdueMail(JdbcClient jdbc, ObjectProvider<JavaMailSender> mailSender, MessageSource messages,
            UserAccounts users) {
        this.jdbc = jdbc;
        this.mailSender = mailSender;
        this.messages = messages;
        this.users = users;
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
        Map<Long, List<MailRecipient>> supervisors = new HashMap<>();
        for (Pending alert : pending) {
            List<MailRecipient> recipients = supervisors.computeIfAbsent(alert.officeId(),
                    office -> users.mailRecipients(office, Role.CASE_SUPERVISOR));
            for (MailRecipient recipient : recipients) {
                Locale locale = Locale.forLanguageTag(recipient.locale());
                SimpleMailMessage message = new SimpleMailMessage();
                message.setTo(recipient.email());
                message.setSubject(messages.getMessage("return.mail.subject", new Object[] {alert.caseNumber()},
                        locale));
                message.setText(messages.getMessage("return.mail.body", new Object[] {alert.caseNumber(),
                        alert.monthsAfterReturn(), alert.dueOn().toString()}, locale));
                sender.send(message);
            }
        }
        if (!pending.isEmpty()) {
            jdbc.sql("update follow_up_alert set emailed_at = now() where id = any(?)")
                    .param(pending.stream().map(Pending::alertId).toArray(Long[]::new)).update();
        }
        return pending.size();
    }
}
