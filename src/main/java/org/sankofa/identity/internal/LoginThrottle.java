package org.sankofa.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Slows down guessing from one client address: after too many failed logins within a window, further attempts
 * from that address are refused until the window has passed. Account lockout (in the database, shared by all
 * nodes) protects each account; this protects against spraying one password across many accounts.
 */
@Component
class LoginThrottle {

    private static final int MAX_ADDRESSES = 10_000;

    private final SecurityProperties properties;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
            return size() > MAX_ADDRESSES;
        }
    };

    @org.springframework.beans.factory.annotation.Autowired
    LoginThrottle(SecurityProperties properties) {
        this(properties, Clock.systemUTC());
    }

    LoginThrottle(SecurityProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    synchronized boolean blocked(String address) {
        Deque<Instant> recent = failures.get(address);
        if (recent == null) {
            return false;
        }
        prune(recent);
        return recent.size() >= properties.throttleFailures();
    }

    synchronized void failed(String address) {
        if (address == null) {
            return;
        }
        Deque<Instant> recent = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        prune(recent);
        recent.addLast(clock.instant());
    }

    synchronized void reset() {
        failures.clear();
    }

    private void prune(Deque<Instant> recent) {
        Instant horizon = clock.instant().minus(properties.throttleWindow());
        while (!recent.isEmpty() && recent.peekFirst().isBefore(horizon)) {
            recent.removeFirst();
        }
    }
}
