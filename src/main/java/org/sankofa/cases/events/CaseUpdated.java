package org.sankofa.cases.events;

import java.util.List;

import org.sankofa.cases.CaseId;

/**
 * The identification, person, profile or route of a case changed.
 *
 * @param caseId   the case
 * @param officeId the office that owns it
 * @param fields   the names of the fields that changed (never their values)
 */
public record CaseUpdated(CaseId caseId, long officeId, List<String> fields) {

    public CaseUpdated {
        fields = List.copyOf(fields);
    }
}
