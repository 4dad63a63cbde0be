package org.sankofa.plans;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The activities of the plans, as other modules name them (the events that serve an activity): the activity's title
 * and its plan's, never the rest of the tree.
 */
public interface PlanActivities {

    /** An activity named with its plan. */
    record ActivityRef(long id, PlanId planId, String planTitle, String title) {
    }

    /** The activities with these ids, by id, in one query (unknown ids are left out). */
    Map<Long, ActivityRef> activities(Collection<Long> ids);

    /** Every activity, by plan and place in the plan's tree (for choosing some in a form). */
    List<ActivityRef> all();

    /** How far an activity is: its status and the day it actually ended (when recorded). */
    record ActivityProgress(long id, ActivityStatus status, java.time.LocalDate actualEnd) {
    }

    /** The progress of the activities with these ids (unknown ids are left out), for the programmes that serve them. */
    List<ActivityProgress> progress(Collection<Long> ids);
}
