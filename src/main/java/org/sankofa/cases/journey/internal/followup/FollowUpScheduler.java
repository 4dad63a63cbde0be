package org.sankofa.cases.journey.internal.followup;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The recurring check for overdue follow-up visits, run by db-scheduler (core library; see
 * docs/decisions/0006-follow-up-alerts.md), started by the application's one scheduler of background work (module
 * {@code database}), which lets exactly one node pick each execution; the alert table's unique key makes a run
 * idempotent anyway.
 */
@Component
@ConditionalOnProperty(name = "sankofa.background-work.enabled", havingValue = "true", matchIfMissing = true)
class FollowUpScheduler extends RecurringTask<Void> {

    private final OverdueAlerts alerts;
    private final OverdueMail mail;

    FollowUpScheduler(OverdueAlerts alerts, OverdueMail mail,
            @Value("${sankofa.follow-up.check-every:PT15M}") Duration every) {
        super("overdue-follow-ups", FixedDelay.of(every), Void.class);
        this.alerts = alerts;
        this.mail = mail;
    }

    @Override
    public void executeRecurringly(TaskInstance<Void> instance, ExecutionContext context) {
        alerts.raise();
        mail.sendPending();
    }
}
