package org.sankofa.identity.events;

/**
 * Someone failed to sign in to an account as many times, since its last sign-in, as
 * {@code sankofa.security.notify-after-failures}: published once per run of failures (the count starts again at the
 * next sign-in), so that the person can be told by e-mail.
 *
 * @param userId   the account
 * @param failures the failed sign-ins since its last sign-in
 */
public record SignInFailuresRepeated(long userId, int failures) {
}
