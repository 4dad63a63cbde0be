package org.sankofa.matching.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.sankofa.audit.AuditEvent;
import org.sankofa.audit.AuditLog;
import org.sankofa.cases.PersonsOnRecord;
import org.sankofa.identity.CurrentUser;
import org.sankofa.shared.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "This person may already have a case": a person about to be registered, compared with the persons of the user's
 * own office (decrypted in memory, {@link PersonsOnRecord}) by the Fellegi–Sunter linker with the office's name
 * frequencies. Each case shown is recorded in the audit log as a possible duplicate shown (the answer tells that
 * this person may have a case there: a disclosure about that case).
 */
@Service
public class DuplicateCheck {

    /** At most this many possible duplicates are shown, the most likely first. */
    static final int SHOWN = 10;

    /** The person about to be registered, as typed; the given names are required. */
    public record Query(String givenNames, String familyName, String sex, LocalDate dateOfBirth,
            Integer estimatedAge, LocalDate identifiedOn, String citizenship, String place, String guardianName) {
    }

    /** A case that may be the same person: why (the fields that agree and disagree) and how likely. */
    public record PossibleDuplicate(long caseId, String caseNumber, String status, double probability,
            String decision, List<String> agreeing, List<String> disagreeing) {
    }

    private final PersonsOnRecord persons;
    private final AuditLog audit;
    private final Linker linker = new Linker(NameEquivalences.shipped());

    DuplicateCheck(PersonsOnRecord persons, AuditLog audit) {
        this.persons = persons;
        this.audit = audit;
    }

    /** The cases of the user's office that may be this person; 403 for anyone but the office's case staff. */
    @Transactional
    public List<PossibleDuplicate> check(CurrentUser user, Query query) {
        if (query == null || query.givenNames() == null || query.givenNames().isBlank()) {
            throw InvalidInputException.of("givenNames", "matching.givenNames.required");
        }
        if (query.estimatedAge() != null && (query.estimatedAge() < 0 || query.estimatedAge() > 120)) {
            throw InvalidInputException.of("estimatedAge", "matching.estimatedAge.range");
        }
        List<PersonsOnRecord.Person> office = persons.ofOwnOffice(user);
        List<LinkageRecord> records = office.stream().map(DuplicateCheck::record).toList();
        Map<Long, PersonsOnRecord.Person> byId = office.stream()
                .collect(Collectors.toMap(p -> p.caseId().value(), Function.identity()));
        LinkageRecord asked = new LinkageRecord(0, query.givenNames(), query.familyName(), query.sex(),
                query.dateOfBirth(), query.dateOfBirth() == null ? query.estimatedAge() : null,
                query.identifiedOn() == null ? LocalDate.now() : query.identifiedOn(), query.citizenship(),
                query.place(), query.guardianName());
        List<PossibleDuplicate> found = linker.candidatesFor(asked, records, LinkageModel.starting(),
                TermFrequencies.of(records, linker.keys())).stream().limit(SHOWN)
                .map(scored -> possible(scored, byId.get(scored.other().id()))).toList();
        for (PossibleDuplicate duplicate : found) {
            audit.record(AuditEvent.of(user.getUsername(), "POSSIBLE_DUPLICATE_SHOWN", "case", duplicate.caseId(),
                    "probability=" + Math.round(duplicate.probability() * 100) + "%"));
        }
        return found;
    }

    private static PossibleDuplicate possible(Linker.Scored scored, PersonsOnRecord.Person person) {
        List<String> agreeing = scored.contributions().stream().filter(Linker.Contribution::agrees)
                .map(c -> c.field().name()).toList();
        List<String> disagreeing = scored.contributions().stream().filter(Linker.Contribution::disagrees)
                .map(c -> c.field().name()).toList();
        return new PossibleDuplicate(person.caseId().value(), person.caseNumber(), person.status(),
                Math.round(scored.probability() * 1000) / 1000.0, scored.decision().name(), agreeing, disagreeing);
    }

    static LinkageRecord record(PersonsOnRecord.Person person) {
        return new LinkageRecord(person.caseId().value(), person.givenNames(), person.familyName(), person.sex(),
                person.dateOfBirth(), person.ageAtIdentification(), person.identifiedOn(), person.citizenship(),
                person.recruitmentPlace(), person.guardianName());
    }
}
