package org.sankofa.matching.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sankofa.audit.AuditEvent;
import org.sankofa.audit.AuditLog;
import org.sankofa.cases.PersonsOnRecord;
import org.sankofa.identity.CurrentUser;
import org.sankofa.shared.ConflictException;
import org.sankofa.shared.InvalidInputException;
import org.sankofa.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A supervisor's batch review of their office's possible duplicates: the pairs the linker (with m estimated by EM
 * on the office's own records) calls matches or for review, highest weight first, with the fields that agree and
 * disagree — except the pairs a supervisor decided are not the same person (never proposed again) and the pairs
 * merged (while the merge stands). Each pair shown
 * is recorded in the audit log.
 */
@Service
public class DuplicateReview {

    /** At most this many pairs are shown at once, the most likely first. */
    static final int SHOWN = 100;

    /** A pair of the office's cases that may be one person. */
    public record Pair(long caseId, String caseNumber, long otherCaseId, String otherCaseNumber, double probability,
            String decision, List<String> agreeing, List<String> disagreeing) {
    }

    private final PersonsOnRecord persons;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final Linker linker = new Linker(NameEquivalences.shipped());

    DuplicateReview(PersonsOnRecord persons, AuditLog audit, JdbcClient jdbc) {
        this.persons = persons;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /** The office's possible duplicates, not yet decided; 403 for anyone but the office's case staff. */
    @Transactional
    public List<Pair> pairs(CurrentUser user) {
        List<PersonsOnRecord.Person> office = persons.ofOwnOffice(user);
        Map<Long, PersonsOnRecord.Person> byId = new HashMap<>();
        for (PersonsOnRecord.Person person : office) {
            byId.put(person.caseId().value(), person);
        }
        List<LinkageRecord> records = office.stream().map(DuplicateCheck::record).toList();
        LinkageModel model = linker.estimate(records, 17).model();
        Set<String> decided = new HashSet<>(jdbc.sql("""
                select case_id || '-' || other_case_id from matching_not_same where office_id = :office
                union all
                select least(survivor_case_id, duplicate_case_id) || '-' || greatest(survivor_case_id, duplicate_case_id)
                  from matching_merge where office_id = :office and undone_at is null""")
                .param("office", user.officeId()).query(String.class).list());
        List<Pair> pairs = linker.duplicates(records, model, TermFrequencies.of(records, linker.keys())).stream()
                .filter(s -> !decided.contains(key(s.one().id(), s.other().id())))
                .limit(SHOWN)
                .map(s -> pair(s, byId))
                .toList();
        for (Pair pair : pairs) {
            audit.record(AuditEvent.of(user.getUsername(), "POSSIBLE_DUPLICATE_SHOWN", "case", pair.caseId(),
                    "other=" + pair.otherCaseId()));
        }
        return pairs;
    }

    /**
     * Records that two cases of the office are not the same person: 422 for a case with itself, 404 for a case
     * outside the office, 409 when it was already recorded.
     */
    @Transactional
    public void notTheSamePerson(CurrentUser user, long caseId, long otherCaseId) {
        if (caseId == otherCaseId) {
            throw InvalidInputException.of("otherCaseId", "matching.pair.same");
        }
        Set<Long> office = new HashSet<>();
        for (PersonsOnRecord.Person person : persons.ofOwnOffice(user)) {
            office.add(person.caseId().value());
        }
        if (!office.contains(caseId) || !office.contains(otherCaseId)) {
            throw new NotFoundException("case");
        }
        int added = jdbc.sql("""
                insert into matching_not_same (case_id, other_case_id, office_id, decided_by)
                values (?, ?, ?, ?) on conflict do nothing""")
                .params(Math.min(caseId, otherCaseId), Math.max(caseId, otherCaseId), user.officeId(),
                        user.getUsername())
                .update();
        if (added == 0) {
            throw new ConflictException("matching.pair.decided");
        }
        audit.record(AuditEvent.of(user.getUsername(), "DUPLICATE_REJECTED", "case", Math.min(caseId, otherCaseId),
                "other=" + Math.max(caseId, otherCaseId)));
    }

    private static String key(long one, long other) {
        return Math.min(one, other) + "-" + Math.max(one, other);
    }

    private static Pair pair(Linker.Scored scored, Map<Long, PersonsOnRecord.Person> byId) {
        long one = Math.min(scored.one().id(), scored.other().id());
        long other = Math.max(scored.one().id(), scored.other().id());
        return new Pair(one, byId.get(one).caseNumber(), other, byId.get(other).caseNumber(),
                Math.round(scored.probability() * 1000) / 1000.0, scored.decision().name(),
                scored.contributions().stream().filter(Linker.Contribution::agrees).map(c -> c.field().name())
                        .toList(),
                scored.contributions().stream().filter(Linker.Contribution::disagrees).map(c -> c.field().name())
                        .toList());
    }
}
