package org.sankofa.database;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.stereotype.Component;

/**
 * Retries the listeners of domain events that failed: a publication whose after-commit listener threw, or whose node
 * died while running it (Spring Modulith marks it failed once it has been processing longer than
 * {@code spring.modulith.events.staleness.processing}), is resubmitted by one node at a time, every
 * {@code sankofa.events.resubmit-every}, once it is at least {@code sankofa.events.resubmit-after} old, at most
 * {@value #MAX_ATTEMPTS} times. A publication that still fails then stays in {@code event_publication} for an operator
 * (docs/operations.md, "Domain events"); none is ever lost.
 */
@Component
@ConditionalOnProperty(name = "sankofa.background-work.enabled", havingValue = "true", matchIfMissing = true)
class EventRetries extends RecurringTask<Void> {

    static final int MAX_ATTEMPTS = 10;

    private final FailedEventPublications failed;
    private final Duration after;

    EventRetries(FailedEventPublications failed, @Value("${sankofa.events.resubmit-every:PT1M}") Duration every,
            @Value("${sankofa.events.resubmit-after:PT1M}") Duration after) {
        super("failed-event-publications", FixedDelay.of(every), Void.class);
        this.failed = failed;
        this.after = after;
    }

    @Override
    public void executeRecurringly(TaskInstance<Void> instance, ExecutionContext context) {
        resubmit();
    }

    /** Resubmits the failed publications old enough and not tried too often. */
    void resubmit() {
        failed.resubmit(ResubmissionOptions.defaults()
                .withMinAge(after)
                .withFilter(publication -> publication.getCompletionAttempts() < MAX_ATTEMPTS));
    }
}
