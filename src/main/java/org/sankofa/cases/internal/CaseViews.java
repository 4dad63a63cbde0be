package org.sankofa.cases.internal;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.sankofa.audit.AuditEvent;
import org.sankofa.audit.AuditLog;
import org.sankofa.cases.CaseId;
import org.sankofa.identity.CurrentUser;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The audit of a view of a case's records: a {@code CASE_VIEWED} entry naming the part shown ({@code via=consents}),
 * never a value. It is written by the read path itself — {@link CaseAccess#readable} and the readers of the case
 * ({@link CaseReader}) — so that no page or API answer can show a case's records without it.
 *
 * <p>One entry per request and case: a page that reads several parts of a case (its heading, then the needs and the
 * risk assessments) records one view, named by the first part read. A request that changes the case (its check was
 * {@link CaseAccess#editable}) records none: what it shows afterwards — the section again, with a message or the
 * form's errors — answers the change, as a save answers what the person wrote. Outside a web request (a job, a
 * test calling a service) each read is its own view.
 *
 * <p>Inside a transaction the entry is appended just before the commit, in that transaction: a read that fails records
 * nothing, and the audit chain's lock is held only for the commit, not for the whole read. The transaction must
 * therefore be read-write.
 */
@NamedInterface("foundation")
@Component
public class CaseViews {

    /** A part is a word or two of the page's vocabulary ({@code best-interests}), never a value. */
    private static final Pattern PART = Pattern.compile("[a-z]+(-[a-z]+)*");
    private static final String MEMORY = CaseViews.class.getName();

    /** What the current request has recorded, or changed, so far. */
    private record Memory(Set<CaseId> viewed, Set<CaseId> changed) {
    }

    private final AuditLog audit;

    CaseViews(AuditLog audit) {
        this.audit = audit;
    }

    /** Records that the person viewed this part of the case, unless this request already did or changes the case. */
    public void record(CurrentUser user, CaseId caseId, String part) {
        if (part == null || !PART.matcher(part).matches()) {
            throw new IllegalArgumentException("a viewed part is a lower-case word, not a value");
        }
        Memory memory = memory();
        if (memory != null && (memory.changed().contains(caseId) || !memory.viewed().add(caseId))) {
            return;
        }
        AuditEvent view = AuditEvent.of(user.getUsername(), "CASE_VIEWED", "case", caseId, "via=" + part);
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            audit.record(view);
            return;
        }
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            throw new IllegalStateException("a read of a case's records records a view: its transaction must be"
                    + " read-write (@Transactional, not readOnly)");
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                audit.record(view);
            }

            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED && memory != null) {
                    memory.viewed().remove(caseId); // rolled back: nothing was shown, nothing recorded
                }
            }
        });
    }

    /**
     * The current request changes the case: what it shows of the case afterwards answers the change and is not
     * recorded as a view.
     */
    public void changing(CaseId caseId) {
        Memory memory = memory();
        if (memory != null) {
            memory.changed().add(caseId);
        }
    }

    private static Memory memory() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return null;
        }
        Memory memory = (Memory) request.getAttribute(MEMORY, RequestAttributes.SCOPE_REQUEST);
        if (memory == null) {
            memory = new Memory(new HashSet<>(), new HashSet<>());
            request.setAttribute(MEMORY, memory, RequestAttributes.SCOPE_REQUEST);
        }
        return memory;
    }
}
