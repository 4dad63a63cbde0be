package org.sankofa.matching.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.sankofa.audit.AuditEvent;
import org.sankofa.audit.AuditLog;
import org.sankofa.cases.PersonsOnRecord;
import org.sankofa.identity.CurrentUser;
import org.sankofa.matching.RetraffickingLinks;
import org.sankofa.shared.ConflictException;
import org.sankofa.shared.InvalidInputException;
import org.sankofa.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Links a new case to an earlier, closed case of the office confirmed to be the same person (re-trafficking), and
 * counts the persons so linked ({@link RetraffickingLinks}).
 */
@Service
public class Retrafficking implements RetraffickingLinks {

    private static final String CLOSED = "Closed";
    private static final String CLOSED_REFERRED = "ClosedReferred";

    private final PersonsOnRecord persons;
    private final AuditLog audit;
    private final JdbcClient jdbc;

    Retrafficking(PersonsOnRecord persons, AuditLog audit, JdbcClient jdbc) {
        this.persons = persons;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /**
     * Confirms that {@code newCase} is the same person as {@code earlierCase}: 422 for a case with itself, 404 for a
     * case outside the office, 409 when the earlier case is not closed, the new case is closed, or the link exists.
     */
    @Transactional
    public long link(CurrentUser supervisor, long newCase, long earlierCase) {
        if (newCase == earlierCase) {
            throw InvalidInputException.of("earlierCaseId", "matching.pair.same");
        }
        Map<Long, String> status = new HashMap<>();
        for (PersonsOnRecord.Person person : persons.ofOwnOffice(supervisor)) {
            status.put(person.caseId().value(), person.status());
        }
        if (!status.containsKey(newCase) || !status.containsKey(earlierCase)) {
            throw new NotFoundException("case");
        }
        if (!isClosed(status.get(earlierCase))) {
            throw new ConflictException("matching.link.earlier-open");
        }
        if (isClosed(status.get(newCase))) {
            throw new ConflictException("matching.link.new-closed");
        }
        Long id = jdbc.sql("""
                insert into matching_retrafficking_link (earlier_case_id, new_case_id, office_id, confirmed_by)
                values (?, ?, ?, ?) on conflict do nothing returning id""")
                .params(earlierCase, newCase, supervisor.officeId(), supervisor.getUsername())
                .query(Long.class).optional().orElseThrow(() -> new ConflictException("matching.link.exists"));
        audit.record(AuditEvent.of(supervisor.getUsername(), "RETRAFFICKING_LINKED", "case", newCase,
                "earlier=" + earlierCase));
        return id;
    }

    @Override
    @Transactional(readOnly = true)
    public long persons(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends before it starts");
        }
        return jdbc.sql("""
                select count(distinct new_case_id) from matching_retrafficking_link
                 where confirmed_on between ? and ?""")
                .params(from, to).query(Long.class).single();
    }

    private static boolean isClosed(String status) {
        return CLOSED.equals(status) || CLOSED_REFERRED.equals(status);
    }
}
