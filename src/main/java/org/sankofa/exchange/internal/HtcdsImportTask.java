package org.sankofa.exchange.internal;

import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The one-time db-scheduler task that runs an HTCDS import ({@link HtcdsImportRun}): one execution per import, run
 * by exactly one node; if that node dies, db-scheduler runs it again elsewhere, and since a dead import committed
 * nothing, it starts over.
 */
@Component
class HtcdsImportTask extends OneTimeTask<Long> {

    private final HtcdsImportRun run;

    HtcdsImportTask(@Lazy HtcdsImportRun run) {
        super("htcds-import", Long.class);
        this.run = run;
    }

    @Override
    public void executeOnce(TaskInstance<Long> instance, ExecutionContext context) {
        run.run(instance.getData());
    }
}
