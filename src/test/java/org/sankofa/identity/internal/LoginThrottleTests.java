package org.sankofa.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sankofa.identity.Role;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTests {

    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-01-01T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MovableClock clock = new MovableClock();
    private final LoginThrottle throttle = new LoginThrottle(new SecurityProperties(5, Duration.ofMinutes(15),
            Set.of(Role.ADMINISTRATOR), Duration.ofDays(90), 3, Duration.ofMinutes(10)), clock);

    @Test
    void anAddressIsBlockedAfterTheConfiguredFailuresWithinTheWindow() {
        throttle.failed("192.0.2.1");
        throttle.failed("192.0.2.1");
        assertThat(throttle.blocked("192.0.2.1")).isFalse();

        throttle.failed("192.0.2.1");

        assertThat(throttle.blocked("192.0.2.1")).isTrue();
        assertThat(throttle.blocked("192.0.2.2")).isFalse();
    }

    @Test
    void anAddressIsReleasedWhenItsFailuresAreOlderThanTheWindow() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("192.0.2.3");
            clock.now = clock.now.plusSeconds(60);
        }
        assertThat(throttle.blocked("192.0.2.3")).isTrue();

        clock.now = clock.now.plus(Duration.ofMinutes(8));

        assertThat(throttle.blocked("192.0.2.3")).isFalse();
    }

    @Test
    void failuresWithoutAnAddressAreNotCounted() {
        for (int i = 0; i < 5; i++) {
            throttle.failed(null);
        }
        assertThat(throttle.blocked(null)).isFalse();
    }
}
