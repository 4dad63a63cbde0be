package org.sankofa.identity.events;

/**
 * A person changed their own password: published so that they can be told by e-mail (if it was not them, they know at
 * once and tell their administrator).
 *
 * @param userId the account
 */
public record PasswordChanged(long userId) {
}
