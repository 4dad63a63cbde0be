package org.sankofa.cases.journey;

import java.util.Arrays;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.sankofa.cases.CaseFixtures;
import org.sankofa.cases.CaseId;
import org.sankofa.cases.internal.protection.FieldCipher;
import org.sankofa.cases.journey.internal.followup.OverdueAlerts;
import org.sankofa.cases.journey.internal.followup.OverdueMail;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

/** Overdue alerts are e-mailed once to the supervisors of the office, in their language, without names. */
@SankofaTest
class OverdueMailTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    FieldCipher cipher;
    @Autowired
    OverdueAlerts alerts;
    @Autowired
    OverdueMail mail;

    @Test
    void overdueAlertIsEmailedOnceToTheOfficeSupervisorsWithoutTheName() throws Exception {
        CaseId caseId = CaseFixtures.childCase(jdbc, cipher, "SN-DKR", "Fatoumata", "Mailcase" + System.nanoTime());
        long office = jdbc.sql("select office_id from case_file where id = ?").param(caseId.value()).query(Long.class).single();
        String address = "sup" + System.nanoTime() + "@example.org";
        long supervisor = jdbc.sql("""
                insert into app_user (username, display_name, email, password_hash, office_id, locale)
                values (?, 'Superviseure test', ?, 'x', ?, 'fr') returning id""")
                .params("mailsup" + System.nanoTime(), address, office).query(Long.class).single();
        jdbc.sql("insert into user_role (user_id, role) values (?, 'CASE_SUPERVISOR')").param(supervisor).update();
        jdbc.sql("""
                insert into case_follow_up_visit (case_id, months_after_return, due_on)
                values (?, 1, current_date - 10)""").param(caseId.value()).update();
        alerts.raise();
        String number = jdbc.sql("select case_number from case_file where id = ?").param(caseId.value()).query(String.class)
                .single();

        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        try {
            JavaMailSenderImpl sender = new JavaMailSenderImpl();
            sender.setHost("127.0.0.1");
            sender.setPort(smtp.getSmtp().getPort());
            for (int run = 0; run < 50 && mail.sendPending(sender) > 0; run++) {
                // every pending alert of the shared test database is sent, 100 at a time
            }
            assertThat(mail.sendPending(sender)).isZero();
            MimeMessage[] mine = Arrays.stream(smtp.getReceivedMessages())
                    .filter(m -> recipients(m).contains(address) && subject(m).contains(number))
                    .toArray(MimeMessage[]::new);
            assertThat(mine).hasSize(1);
            assertThat(mine[0].getSubject()).isEqualTo("Visite de suivi en retard : dossier " + number);
            assertThat(GreenMailUtil.getBody(mine[0])).doesNotContain("Fatoumata").doesNotContain("Mailcase");
        } finally {
            smtp.stop();
        }
        assertThat(jdbc.sql("select count(*) from follow_up_alert where case_id = ? and emailed_at is not null")
                .param(caseId.value()).query(Long.class).single()).isEqualTo(1);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipients(MimeMessage message) {
        try {
            return Arrays.toString(message.getRecipients(Message.RecipientType.TO));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
