package org.sankofa.identity.internal;

import java.time.Duration;
import java.util.Set;

import org.sankofa.identity.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in policies.
 *
 * @param maxFailedLogins   failed logins in a row after which an account is locked
 * @param lockout           how long a locked account stays locked
 * @param totpRequiredFor   roles that must use a second factor outside demo mode
 * @param tokenLifetime     how long a personal access token is valid by default
 * @param throttleFailures  failed logins from one client address within the throttle window before it must wait
 * @param throttleWindow    the window over which failures from one address are counted
 */
@ConfigurationProperties("sankofa.security")
public record SecurityProperties(
        @DefaultValue("5") int maxFailedLogins,
        @DefaultValue("15m") Duration lockout,
        @DefaultValue({"CASE_SUPERVISOR", "ADMINISTRATOR"}) Set<Role> totpRequiredFor,
        @DefaultValue("90d") Duration tokenLifetime,
        @DefaultValue("20") int throttleFailures,
        @DefaultValue("10m") Duration throttleWindow) {
}
