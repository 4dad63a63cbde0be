package org.sankofa.cases;

import java.time.LocalDate;
import java.util.List;

import org.sankofa.identity.CurrentUser;

/**
 * The persons of an office's cases, decrypted, for the matching module to compare in memory (issue 17, decision
 * 0025): the only way a victim's name leaves this module, and only to the office's own case workers and supervisors,
 * within their office. Nothing is recorded here; the caller records what it shows (a possible duplicate shown is an
 * audited view of that case).
 */
public interface PersonsOnRecord {

    /** What matching compares of one person; any field but the case's may be null. */
    record Person(CaseId caseId, String caseNumber, String status, String givenNames, String familyName, String sex,
            LocalDate dateOfBirth, Integer ageAtIdentification, LocalDate identifiedOn, String citizenship,
            String recruitmentPlace, String guardianName) {
    }

    /**
     * The persons of the cases {@code user}'s office owns (not those it transferred away): 403
     * ({@code AccessDeniedException}) for anyone but an office's case workers and supervisors.
     */
    List<Person> ofOwnOffice(CurrentUser user);
}
