package org.sankofa.matching.internal;

import org.sankofa.audit.AuditEvent;
import org.sankofa.audit.AuditLog;
import org.sankofa.cases.CaseId;
import org.sankofa.cases.DuplicateRecords;
import org.sankofa.identity.CurrentUser;
import org.sankofa.shared.ConflictException;
import org.sankofa.shared.InvalidInputException;
import org.sankofa.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A supervisor merges two cases of their office found to be one person: the survivor stays, the duplicate is closed
 * as a duplicate record by the cases module (history kept), the merge is recorded and audited, and it can be undone
 * (the duplicate reopened). All or nothing: a refused merge writes nothing.
 */
@Service
public class Merges {

    private final DuplicateRecords duplicates;
    private final AuditLog audit;
    private final JdbcClient jdbc;

    Merges(DuplicateRecords duplicates, AuditLog audit, JdbcClient jdbc) {
        this.duplicates = duplicates;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /**
     * Merges {@code duplicate} into {@code survivor}; the merge's id. 422 for a case with itself, 404 for a case
     * outside the office, 409 when the duplicate changed since {@code duplicateVersion} or is closed.
     */
    @Transactional
    public long merge(CurrentUser supervisor, long survivor, long duplicate, int duplicateVersion) {
        if (survivor == duplicate) {
            throw InvalidInputException.of("duplicateCaseId", "matching.pair.same");
        }
        duplicates.closeAsDuplicate(supervisor, new CaseId(duplicate), duplicateVersion, new CaseId(survivor));
        long id = jdbc.sql("""
                insert into matching_merge (survivor_case_id, duplicate_case_id, office_id, merged_by)
                values (?, ?, ?, ?) returning id""")
                .params(survivor, duplicate, supervisor.officeId(), supervisor.getUsername())
                .query(Long.class).single();
        audit.record(AuditEvent.of(supervisor.getUsername(), "CASES_MERGED", "case", survivor,
                "merge=" + id + ",duplicate=" + duplicate));
        return id;
    }

    /** Undoes a merge of the office: the duplicate reopened. 404 outside the office, 409 when already undone. */
    @Transactional
    public void undo(CurrentUser supervisor, long mergeId) {
        Long duplicate = jdbc.sql("""
                select duplicate_case_id from matching_merge where id = ? and office_id = ? for update""")
                .params(mergeId, supervisor.officeId()).query(Long.class).optional()
                .orElseThrow(() -> new NotFoundException("merge"));
        int undone = jdbc.sql("""
                update matching_merge set undone_by = ?, undone_at = now() where id = ? and undone_at is null""")
                .params(supervisor.getUsername(), mergeId).update();
        if (undone == 0) {
            throw new ConflictException("matching.merge.undone");
        }
        duplicates.reopenDuplicate(supervisor, new CaseId(duplicate));
        audit.record(AuditEvent.of(supervisor.getUsername(), "MERGE_UNDONE", "case", duplicate, "merge=" + mergeId));
    }
}
