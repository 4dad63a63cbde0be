package org.sankofa.exchange.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import org.sankofa.cases.CaseExchange;
import org.sankofa.identity.CurrentUser;
import org.sankofa.shared.ConflictException;
import org.sankofa.shared.InvalidInputException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTCDS imports as people see them: an upload accepted (kept encrypted until its job has run) and scheduled as a
 * one-time db-scheduler task ({@link HtcdsImportTask}), and its status — for the importing office's supervisors only.
 * See docs/decisions/0024-htcds-import-jobs.md.
 */
@Service
public class HtcdsImports {

    static final String UPLOAD = "htcds_import.upload";
    static final String PROBLEMS = "htcds_import.problems";
    static final JsonMapper JSON = JsonMapper.builder().build();

    /** An import's state: {@code progress} from 0 to 100, the problems once it has failed. */
    public record Status(long id, String status, int progress, int rows, int casesCreated, int problemCount,
            List<ImportProblem> problems) {

        public boolean finished() {
            return status.equals("SUCCEEDED") || status.equals("FAILED");
        }
    }

    private final JdbcClient jdbc;
    private final CaseExchange cases;
    private final ObjectProvider<SchedulerClient> scheduler;
    private final HtcdsImportTask task;

    HtcdsImports(JdbcClient jdbc, CaseExchange cases, ObjectProvider<SchedulerClient> scheduler, HtcdsImportTask task) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.scheduler = scheduler;
        this.task = task;
    }

    /**
     * Accepts an upload for the person's office: an XLSX workbook or UTF-8 CSV text of at most
     * {@link HtcdsSheet#MAX_BYTES}, else 422 (nothing kept). The import runs after the commit.
     */
    @Transactional
    public long submit(CurrentUser user, byte[] bytes) {
        SchedulerClient jobs = scheduler.getIfAvailable();
        if (jobs == null) {
            throw new ConflictException("exchange.import.unavailable"); // background work is off on this node
        }
        if (user.officeId() == null) {
            throw new AccessDeniedException("an import goes into the importer's office");
        }
        if (bytes == null || bytes.length == 0) {
            throw InvalidInputException.of("file", "exchange.import.empty");
        }
        if (bytes.length > HtcdsSheet.MAX_BYTES) {
            throw InvalidInputException.of("file", "exchange.import.tooLarge");
        }
        String format = HtcdsSheet.zipped(bytes) ? "XLSX" : HtcdsSheet.text(bytes) ? "CSV" : null;
        if (format == null) {
            throw InvalidInputException.of("file", "exchange.import.notSpreadsheet");
        }
        long id = jdbc.sql("""
                insert into htcds_import (office_id, imported_by, format, upload)
                values (?, ?, ?, ?) returning id""")
                .params(user.officeId(), user.getUsername(), format, cases.seal(bytes, UPLOAD))
                .query(Long.class).single();
        // scheduled in this transaction (no import is accepted without its job), started once committed: the
        // scheduler's immediate check, run before the commit, would not see the job and leave it to the next poll
        jobs.scheduleIfNotExists(task.instance(String.valueOf(id), id), Instant.now());
        if (jobs instanceof Scheduler started) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    started.triggerCheckForDueExecutions();
                }
            });
        }
        return id;
    }

    /** The import's state, if it went into the person's office. */
    @Transactional(readOnly = true)
    public Optional<Status> status(CurrentUser user, long id) {
        return jdbc.sql("""
                select id, status, rows_total, rows_done, cases_created, problem_count, problems from htcds_import
                 where id = ? and office_id = ?""")
                .params(id, user.officeId() == null ? -1 : user.officeId())
                .query((rs, n) -> {
                    int total = rs.getInt("rows_total");
                    String status = rs.getString("status");
                    int progress = status.equals("SUCCEEDED") ? 100
                            : total == 0 ? 0 : Math.min(99, rs.getInt("rows_done") * 100 / (2 * total));
                    byte[] sealed = rs.getBytes("problems");
                    List<ImportProblem> problems = sealed == null ? List.of()
                            : JSON.readValue(cases.unseal(sealed, PROBLEMS), new TypeReference<>() { });
                    return new Status(rs.getLong("id"), status, progress, total, rs.getInt("cases_created"),
                            rs.getInt("problem_count"), problems);
                })
                .optional();
    }
}
