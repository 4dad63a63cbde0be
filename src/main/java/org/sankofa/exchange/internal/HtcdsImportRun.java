package org.sankofa.exchange.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.sankofa.audit.AuditEvent;
import org.sankofa.audit.AuditLog;
import org.sankofa.cases.CaseDraft;
import org.sankofa.cases.CaseExchange;
import org.sankofa.exchange.HtcdsMapping;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.UserAccounts;
import org.sankofa.shared.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one HTCDS import, all or nothing, into the importer's office: reads the file ({@link HtcdsSheet}), maps and
 * checks every row ({@link HtcdsMapping} and the case module's rules) — the first half of the progress — and only if
 * no row has a problem registers every case through the case module ({@link CaseExchange#register}) in ONE
 * transaction, the second half; the import's success is written in that same transaction. A failure at any point
 * rolls back every case, name-index entry and audit entry of the import, and records the problems (encrypted). The
 * upload is deleted whatever the outcome. Progress is written in transactions of its own, so that it shows while the
 * import's transaction is open.
 */
@Service
class HtcdsImportRun {

    private static final Logger LOG = LoggerFactory.getLogger(HtcdsImportRun.class);
    private static final int PROGRESS_EVERY = 50;

    private final JdbcClient jdbc;
    private final CaseExchange cases;
    private final HtcdsMapping mapping;
    private final UserAccounts users;
    private final AuditLog audit;
    private final TransactionTemplate importing;
    private final TransactionTemplate separately;

    HtcdsImportRun(JdbcClient jdbc, CaseExchange cases, HtcdsMapping mapping, UserAccounts users, AuditLog audit,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.mapping = mapping;
        this.users = users;
        this.audit = audit;
        this.importing = new TransactionTemplate(transactions);
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    private record Job(long id, long officeId, String importedBy, String format, byte[] upload, String status) {
    }

    private record Checked(int row, CaseDraft draft) {
    }

    void run(long id) {
        Job job = jdbc.sql("select id, office_id, imported_by, format, upload, status from htcds_import where id = ?")
                .param(id).query((rs, n) -> new Job(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getBytes(5), rs.getString(6)))
                .optional().orElse(null);
        if (job == null || job.status().equals("SUCCEEDED") || job.status().equals("FAILED")) {
            return;
        }
        if (job.upload() == null) {
            fail(id, List.of(ImportProblem.ofFile("exchange.import.failed")));
            return;
        }
        progress(id, "RUNNING", 0, 0);
        try {
            runChecked(job);
        } catch (RuntimeException e) {
            LOG.warn("HTCDS import {} failed: {}", id, e.getClass().getSimpleName()); // never the data
            fail(id, List.of(ImportProblem.ofFile("exchange.import.failed")));
        }
    }

    private void runChecked(Job job) {
        CurrentUser user = users.findByUsername(job.importedBy()).filter(u -> u.isEnabled()
                && u.officeId() != null && u.officeId() == job.officeId()).orElse(null);
        if (user == null) {
            fail(job.id(), List.of(ImportProblem.ofFile("exchange.import.importer")));
            return;
        }
        byte[] bytes = cases.unseal(job.upload(), HtcdsImports.UPLOAD);
        HtcdsSheet.Read read = job.format().equals("XLSX") ? HtcdsSheet.xlsx(bytes) : HtcdsSheet.csv(bytes);
        if (!read.problems().isEmpty()) {
            fail(job.id(), read.problems());
            return;
        }
        int total = read.lines().size();
        String officeCountry = cases.officeCountry(user);
        List<ImportProblem> problems = new ArrayList<>();
        List<Checked> checked = new ArrayList<>();
        int done = 0;
        for (HtcdsSheet.Line line : read.lines()) {
            HtcdsMapping.Read row = mapping.draft(line.cells(), officeCountry, cases::broken);
            for (HtcdsMapping.CellProblem p : row.problems()) {
                problems.add(ImportProblem.ofCell(read.sheet(), line.row(), p.column().reportName(), p.value(),
                        p.messageKey()));
            }
            if (row.ok()) {
                checked.add(new Checked(line.row(), row.draft()));
            }
            if (++done % PROGRESS_EVERY == 0) {
                progress(job.id(), "RUNNING", total, done);
            }
        }
        if (!problems.isEmpty()) {
            fail(job.id(), problems);
            return;
        }
        progress(job.id(), "RUNNING", total, total);
        int[] row = { 0 };
        try {
            importing.executeWithoutResult(tx -> {
                int registered = 0;
                for (Checked c : checked) {
                    row[0] = c.row();
                    cases.register(c.draft(), user);
                    if (++registered % PROGRESS_EVERY == 0) {
                        progress(job.id(), "RUNNING", total, total + registered);
                    }
                }
                audit.record(AuditEvent.of(user.getUsername(), "CASES_IMPORTED", "office", job.officeId(),
                        "format=htcds-2.0;import=" + job.id() + ";cases=" + registered));
                jdbc.sql("""
                        update htcds_import set status = 'SUCCEEDED', rows_total = ?, rows_done = ?,
                               cases_created = ?, upload = null, finished_at = now() where id = ?""")
                        .params(total, 2 * total, registered, job.id()).update();
            });
        } catch (InvalidInputException e) {
            // a rule the check above did not see (a code or country refused at registration): the row and its fields
            List<ImportProblem> refused = new ArrayList<>();
            for (Map.Entry<String, String> field : e.fieldErrors().entrySet()) {
                refused.add(ImportProblem.ofCell(read.sheet(), row[0], field.getKey(), null, field.getValue()));
            }
            fail(job.id(), refused);
        }
    }

    private void progress(long id, String status, int total, int done) {
        separately.executeWithoutResult(tx -> jdbc.sql(
                        "update htcds_import set status = ?, rows_total = ?, rows_done = ? where id = ?")
                .params(status, total, done, id).update());
    }

    private void fail(long id, List<ImportProblem> problems) {
        byte[] sealed = cases.seal(HtcdsImports.JSON.writeValueAsBytes(problems), HtcdsImports.PROBLEMS);
        separately.executeWithoutResult(tx -> jdbc.sql("""
                        update htcds_import set status = 'FAILED', upload = null, problems = ?, problem_count = ?,
                               finished_at = now() where id = ?""")
                .params(sealed, problems.size(), id).update());
    }
}
