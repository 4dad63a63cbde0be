package org.sankofa.identity.internal;

import java.util.Arrays;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.sankofa.identity.events.PasswordChanged;
import org.sankofa.identity.events.SignInFailuresRepeated;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The person is e-mailed about repeated failed sign-ins and a changed password, in their language, when their account
 * has an address.
 */
@SankofaTest
class AccountWarningMailTests {

    @Autowired
    AccountWarningMail mail;

    @Autowired
    JdbcClient jdbc;

    @Test
    void thePersonIsToldByMailInTheirLanguageAndAnAccountWithoutAddressIsSkipped() throws Exception {
        String address = "warned" + System.nanoTime() + "@example.org";
        long warned = account("warned" + System.nanoTime(), address, "fr");
        long silent = account("silent" + System.nanoTime(), null, "en");

        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        try {
            JavaMailSenderImpl sender = new JavaMailSenderImpl();
            sender.setHost("127.0.0.1");
            sender.setPort(smtp.getSmtp().getPort());

            assertThat(mail.send(new SignInFailuresRepeated(warned, 5), sender)).isTrue();
            assertThat(mail.send(new SignInFailuresRepeated(silent, 5), sender)).isFalse();

            MimeMessage[] received = smtp.getReceivedMessages();
            assertThat(received).hasSize(1);
            assertThat(Arrays.toString(received[0].getRecipients(Message.RecipientType.TO))).contains(address);
            assertThat(received[0].getSubject()).isEqualTo("Sankofa : tentatives de connexion à votre compte échouées");
            assertThat(GreenMailUtil.getBody(received[0])).contains("5 fois");

            assertThat(mail.send(new PasswordChanged(warned), sender)).isTrue();
            assertThat(mail.send(new PasswordChanged(silent), sender)).isFalse();
            received = smtp.getReceivedMessages();
            assertThat(received).hasSize(2);
            assertThat(received[1].getSubject()).isEqualTo("Sankofa : le mot de passe de votre compte a été changé");
            assertThat(GreenMailUtil.getBody(received[1])).contains("administrateur");
        } finally {
            smtp.stop();
        }
    }

    private long account(String username, String email, String locale) {
        return jdbc.sql("""
                insert into app_user (username, display_name, email, password_hash, locale)
                values (?, 'Test', ?, 'x', ?) returning id""")
                .params(username, email, locale).query(Long.class).single();
    }
}
