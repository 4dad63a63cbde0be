package org.sankofa.database;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The publication registry on PostgreSQL keeps every event for an after-commit listener until that listener has
 * completed: a listener that fails is retried by the background work until it succeeds, an event of a transaction
 * that rolled back is never delivered, and a publication left behind by a node that died while running it is run
 * again. Its own context, so that the staleness check runs every second.
 */
@SpringBootTest(properties = { "sankofa.events.resubmit-after=PT0S", "sankofa.events.resubmit-every=PT1H",
        "spring.modulith.events.staleness.check-intervall=PT1S", "spring.modulith.events.staleness.processing=PT2S" })
@ActiveProfiles("test")
class EventPublicationTests {

    /** An event of this test only. */
    record SomethingHappened(String key) {
    }

    /** Fails as many times as it is told to for a key, then succeeds; counts every call. */
    static class FlakyListener {

        private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
        private final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();

        public void failTimes(String key, int times) {
            failuresLeft.put(key, new AtomicInteger(times));
        }

        @ApplicationModuleListener
        public void on(SomethingHappened event) {
            calls.computeIfAbsent(event.key(), k -> new AtomicInteger()).incrementAndGet();
            AtomicInteger left = failuresLeft.get(event.key());
            if (left != null && left.getAndDecrement() > 0) {
                throw new IllegalStateException("failing on purpose for " + event.key());
            }
        }

        public int calls(String key) {
            return calls.getOrDefault(key, new AtomicInteger()).get();
        }
    }

    @TestConfiguration
    static class Listeners {
        @Bean
        FlakyListener flakyListener() {
            return new FlakyListener();
        }
    }

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FlakyListener listener;
    @Autowired
    EventRetries retries;

    @Test
    void aListenerThatFailedIsRetriedUntilItCompletesAndThenItsPublicationIsGone() {
        String key = UUID.randomUUID().toString();
        listener.failTimes(key, 2);
        transactions.executeWithoutResult(status -> events.publishEvent(new SomethingHappened(key)));

        await().atMost(Duration.ofSeconds(10)).until(() -> "FAILED".equals(status(key)));
        assertThat(listener.calls(key)).isEqualTo(1);

        retries.resubmit();
        await().atMost(Duration.ofSeconds(10)).until(() -> listener.calls(key) == 2 && "FAILED".equals(status(key)));
        retries.resubmit();
        await().atMost(Duration.ofSeconds(10)).until(() -> publications(key) == 0);
        assertThat(listener.calls(key)).isEqualTo(3);
    }

    @Test
    void anEventOfATransactionThatRolledBackIsNeitherStoredNorDelivered() {
        String key = UUID.randomUUID().toString();
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            events.publishEvent(new SomethingHappened(key));
            throw new IllegalStateException("the use case refused");
        })).isInstanceOf(IllegalStateException.class);

        String other = UUID.randomUUID().toString();
        transactions.executeWithoutResult(status -> events.publishEvent(new SomethingHappened(other)));
        await().atMost(Duration.ofSeconds(10)).until(() -> listener.calls(other) == 1 && publications(other) == 0);
        assertThat(publications(key)).isZero();
        assertThat(listener.calls(key)).isZero();
    }

    @Test
    void aPublicationLeftProcessingByANodeThatDiedIsRunAgain() {
        // a publication as a node writes it when it starts the listener, then dies before completing it
        String seen = UUID.randomUUID().toString();
        listener.failTimes(seen, 1);
        transactions.executeWithoutResult(status -> events.publishEvent(new SomethingHappened(seen)));
        await().atMost(Duration.ofSeconds(10)).until(() -> "FAILED".equals(status(seen)));
        String key = UUID.randomUUID().toString();
        jdbc.sql("""
                insert into event_publication (id, listener_id, event_type, serialized_event, publication_date,
                                               status, completion_attempts, last_resubmission_date)
                select ?, listener_id, event_type, replace(serialized_event, ?, ?), now() - interval '10 minutes',
                       'PROCESSING', 1, null
                  from event_publication where serialized_event like ?""")
                .params(UUID.randomUUID(), seen, key, "%" + seen + "%").update();
        assertThat(status(key)).isEqualTo("PROCESSING");

        // the staleness check marks it failed after two seconds; the background work resubmits it
        await().atMost(Duration.ofSeconds(15)).until(() -> "FAILED".equals(status(key)));
        retries.resubmit();
        await().atMost(Duration.ofSeconds(10)).until(() -> publications(key) == 0);
        assertThat(listener.calls(key)).isEqualTo(1);
    }

    private String status(String key) {
        return jdbc.sql("select status from event_publication where serialized_event like ?")
                .param("%" + key + "%").query(String.class).optional().orElse(null);
    }

    private long publications(String key) {
        return jdbc.sql("select count(*) from event_publication where serialized_event like ?")
                .param("%" + key + "%").query(Long.class).single();
    }
}
