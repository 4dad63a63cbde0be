package org.sankofa.identity.internal;

import java.time.Duration;
import java.util.Set;

import org.sankofa.identity.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in policies (docs/security.md, section 3: sign-in, waits and notices).
 *
 * @param totpRequiredFor            roles that must use a second factor outside demo mode
 * @param tokenLifetime              how long a personal access token is valid by default
 * @param accountFailuresBeforeWait  failed sign-ins to one account from one source address before every further
 *                                   attempt there must wait
 * @param addressFailuresBeforeWait  failed sign-ins from one source address, whatever the accounts, before every
 *                                   further attempt from it must wait
 * @param firstWait                  the wait after the first failure beyond those; it doubles after each further one
 * @param longestWait                the longest a wait grows
 * @param failuresForgottenAfter     the failures of an address (or of an account from it) are forgotten after this
 *                                   long without another
 * @param notifyAfterFailures        failed sign-ins to an account since its last sign-in, from anywhere, at which the
 *                                   person (notice at the next sign-in, e-mail) and the administrators are told
 * @param sessionLifetime            how long a signed-in session lasts after the sign-in, however active (the idle
 *                                   timeout, {@code spring.session.timeout}, ends it earlier)
 */
@ConfigurationProperties("sankofa.security")
public record SecurityProperties(
        @DefaultValue({"CASE_SUPERVISOR", "ADMINISTRATOR"}) Set<Role> totpRequiredFor,
        @DefaultValue("90d") Duration tokenLifetime,
        @DefaultValue("5") int accountFailuresBeforeWait,
        @DefaultValue("20") int addressFailuresBeforeWait,
        @DefaultValue("15s") Duration firstWait,
        @DefaultValue("15m") Duration longestWait,
        @DefaultValue("1h") Duration failuresForgottenAfter,
        @DefaultValue("5") int notifyAfterFailures,
        @DefaultValue("12h") Duration sessionLifetime) {

    public SecurityProperties {
        if (accountFailuresBeforeWait < 0 || addressFailuresBeforeWait < 0 || notifyAfterFailures < 1) {
            throw new IllegalArgumentException("sankofa.security: the numbers of failures before a wait must not be "
                    + "negative, and notify-after-failures must be at least 1");
        }
        if (firstWait.isNegative() || firstWait.isZero() || longestWait.compareTo(firstWait) < 0
                || failuresForgottenAfter.isNegative() || failuresForgottenAfter.isZero()) {
            throw new IllegalArgumentException("sankofa.security: first-wait and failures-forgotten-after must be "
                    + "positive, and longest-wait at least first-wait");
        }
        if (sessionLifetime.isNegative() || sessionLifetime.isZero()) {
            throw new IllegalArgumentException("sankofa.security.session-lifetime must be positive");
        }
    }
}
