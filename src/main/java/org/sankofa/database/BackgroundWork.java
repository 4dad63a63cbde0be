package org.sankofa.database;

import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * The one scheduler of background work: db-scheduler on PostgreSQL (core library; docs/decisions/0006), which keeps a
 * row per recurring task in {@code scheduled_tasks} and lets exactly one node run each execution. Modules contribute
 * their work as {@link RecurringTask} beans (overdue follow-ups, resubmission of failed event publications…) and
 * {@link OneTimeTask} beans that they schedule through the {@link Scheduler} (an HTCDS import: run once, by one node,
 * at once on the node that schedules it — immediate execution, triggered again after the commit); none of them starts a scheduler of its own. Off with {@code sankofa.background-work.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "sankofa.background-work.enabled", havingValue = "true", matchIfMissing = true)
class BackgroundWork {

    @Bean(initMethod = "start", destroyMethod = "stop")
    @DependsOnDatabaseInitialization
    Scheduler backgroundWorkScheduler(DataSource dataSource, List<RecurringTask<?>> recurringTasks,
            List<OneTimeTask<?>> oneTimeTasks,
            @Value("${sankofa.background-work.polling-interval:30s}") Duration pollingInterval) {
        // transaction-aware: a job scheduled inside a transaction is written in it, so that it can neither run before
        // the rows it needs are committed (it would find nothing and end) nor survive a rollback of them
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), List.copyOf(oneTimeTasks))
                .startTasks(recurringTasks)
                .pollingInterval(pollingInterval)
                .enableImmediateExecution()
                .build();
    }
}
