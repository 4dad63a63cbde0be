package org.sankofa.cases;

import java.util.List;

import org.sankofa.identity.CurrentUser;

/**
 * A person's work on cases, for their home page (module {@code work}): their open cases by stage, and what is to be
 * done — visits due, referrals answered (office staff), referrals to answer (partners). Within need to know: the
 * office's cases for its staff, the referrals to a partner's organisation for the partner; nothing for other roles.
 */
public interface CaseWork {

    /** How many open cases of one HTCDS status ({@link CaseStatus#value()}). */
    record Stage(String status, long cases) {
    }

    /** The open cases assigned to the person (a case worker or supervisor) by status, in the order of the stages. */
    List<Stage> myCases(CurrentUser user);

    /** How many open cases of the person's office nobody is assigned to yet (office staff; 0 for others). */
    long unassigned(CurrentUser user);

    /** What is to be done, the most urgent first within each kind. */
    List<WorkItem> items(CurrentUser user);
}
