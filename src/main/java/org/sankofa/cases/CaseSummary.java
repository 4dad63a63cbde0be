package org.sankofa.cases;

import java.time.LocalDate;
import java.util.List;

/**
 * A row of the case list. {@code name} is present only in name-search results and only for those who may see it;
 * for a partner, parts its referrals do not share are null.
 */
public record CaseSummary(CaseId id, String caseNumber, long officeId, String officeCode, LocalDate identifiedOn,
        String status, String sex, Integer age, Boolean ageEstimated, Boolean child, String citizenship,
        List<String> exploitationTypes, String name) {
}
