package org.sankofa.cases.journey.internal.followup;

import java.time.Duration;


import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The recurring check for overdue follow-up visits, run by db-scheduler (core library; see
 * docs/decisions/0006-follow-up-alerts.md), started by the application's one scheduler of background work (module
 * {@code database}), which lets exactly one node pick each execution; the alert table's unique key makes a run
 * idempotent anyway.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "sankofa.background-work.enabled", havingValue = "true", matchIfMissing = true)
class FollowUpScheduler {

    @Bean
    RecurringTask<Void> overdueFollowUps(OverdueAlerts alerts, OverdueMail mail,
            @Value("${sankofa.follow-up.check-every:PT15M}") Duration every) {
        return Tasks.recurring("overdue-follow-ups", FixedDelay.of(every))
                .execute((instance, context) -> {
                    alerts.raise();
                    mail.sendPending();
                });
    }
}
