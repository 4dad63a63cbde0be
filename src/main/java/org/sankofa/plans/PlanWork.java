package org.sankofa.plans;

import java.time.LocalDate;
import java.util.List;

import org.sankofa.identity.CurrentUser;

/**
 * A person's work on action plans, for their home page (module {@code work}): the plans that are theirs and the
 * progress reports waiting for them. Everyone reads every plan; what is "theirs" follows who may edit and report
 * (docs/security.md, "Action plans").
 */
public interface PlanWork {

    /** A plan as a home page lists it. */
    record PlanItem(PlanId id, String title, PlanScope scope, PlanStatus status, LocalDate periodEnd) {
    }

    /** A progress report waiting: to write and submit (DRAFT) or to approve (SUBMITTED). */
    record ReportItem(long id, PlanId planId, String planTitle, String period, ReportStatus status) {
    }

    /** At most this many of each list. */
    int LIMIT = 20;

    /**
     * The plans the person edits (administrators and coordinators of the plan's scope); for everyone else, the plans
     * in force. The most recent first.
     */
    List<PlanItem> plans(CurrentUser user);

    /**
     * The progress reports waiting for the person: drafts of plans they report on (coordinators of the plan's scope,
     * M&amp;E officers), and submitted reports they may approve — not the ones they submitted (four eyes).
     */
    List<ReportItem> reportsWaiting(CurrentUser user);
}
