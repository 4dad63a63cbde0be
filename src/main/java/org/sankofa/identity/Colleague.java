package org.sankofa.identity;

/**
 * A person who works in Sankofa, as other modules show them beside what they did ("recorded by", "decided by"): never
 * their password, their roles or their second factor.
 *
 * @param id          the user's id
 * @param username    how they sign in (what the audit log names)
 * @param displayName how they are called
 * @param officeId    their office, if they have one
 */
public record Colleague(long id, String username, String displayName, Long officeId) {
}
