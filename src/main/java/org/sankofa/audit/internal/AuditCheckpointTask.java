package org.sankofa.audit.internal;

import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Exports a signed checkpoint of the chain's head every {@code sankofa.audit.checkpoint-every} (one hour by default),
 * run by the application's one scheduler of background work on exactly one node.
 */
@Component
@ConditionalOnProperty(name = "sankofa.background-work.enabled", havingValue = "true", matchIfMissing = true)
class AuditCheckpointTask extends RecurringTask<Void> {

    private final AuditCheckpoints checkpoints;

    AuditCheckpointTask(AuditCheckpoints checkpoints, AuditProperties properties) {
        super("audit-checkpoint", FixedDelay.of(properties.checkpointEvery()), Void.class);
        this.checkpoints = checkpoints;
    }

    @Override
    public void executeRecurringly(TaskInstance<Void> instance, ExecutionContext context) {
        checkpoints.exportHead();
    }
}
