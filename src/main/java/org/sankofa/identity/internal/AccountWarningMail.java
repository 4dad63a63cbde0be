package org.sankofa.identity.internal;

import java.util.Locale;

import org.sankofa.identity.events.PasswordChanged;
import org.sankofa.identity.events.SignInFailuresRepeated;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a person by e-mail, in their language, what happened to their account that they should know about if it was
 * not them — someone failed to sign in repeatedly, or their password was changed — when SMTP is configured
 * ({@code spring.mail.host}) and the account has an address. After the change has committed, on its own
 * (docs/decisions/0010-domain-events.md): the answer to the request neither waits for the mail nor shows whether one
 * was sent, and a mail that failed is sent again by the publication registry's retries.
 */
@Component
class AccountWarningMail {

    record Recipient(String username, String email, String locale) {
    }

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final MessageSource messages;

    AccountWarningMail(JdbcClient jdbc, ObjectProvider<JavaMailSender> mailSender, MessageSource messages) {
        this.jdbc = jdbc;
        this.mailSender = mailSender;
        this.messages = messages;
    }

    @ApplicationModuleListener
    public void on(SignInFailuresRepeated repeated) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender != null) {
            send(repeated, sender);
        }
    }

    @ApplicationModuleListener
    public void on(PasswordChanged changed) {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender != null) {
            send(changed, sender);
        }
    }

    /** Sends the warning with a given sender; returns whether there was an address to send it to. */
    boolean send(SignInFailuresRepeated repeated, JavaMailSender sender) {
        return send(repeated.userId(), "signin.failures.mail", repeated.failures(), sender);
    }

    /** Sends the notice of a changed password with a given sender; returns whether there was an address. */
    boolean send(PasswordChanged changed, JavaMailSender sender) {
        return send(changed.userId(), "password.changed.mail", null, sender);
    }

    private boolean send(long userId, String messagePrefix, Object detail, JavaMailSender sender) {
        Recipient recipient = jdbc.sql("""
                select username, email, locale from app_user where id = ? and email is not null""")
                .param(userId).query(Recipient.class).optional().orElse(null);
        if (recipient == null) {
            return false;
        }
        Locale locale = Locale.forLanguageTag(recipient.locale());
        SimpleMailMessage message = new SimpleMailMessage();
        message.setTo(recipient.email());
        message.setSubject(messages.getMessage(messagePrefix + ".subject", null, locale));
        message.setText(messages.getMessage(messagePrefix + ".body", new Object[] {recipient.username(), detail},
                locale));
        sender.send(message);
        return true;
    }
}
