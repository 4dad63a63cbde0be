package org.sankofa.identity;

/**
 * Where to send a notice by e-mail, and in which language.
 *
 * @param email  the address
 * @param locale the language the person chose (en, fr or pt)
 */
public record MailRecipient(String email, String locale) {
}
