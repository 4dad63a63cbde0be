package org.sankofa.cases.journey.internal.followup;

import java.util.List;
import java.util.stream.Stream;

import org.sankofa.cases.WorkItem;
import org.sankofa.cases.internal.WorkToDo;
import org.sankofa.identity.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The follow-up visits on a person's home page: those of their tasks ({@link FollowUps#tasks}, the one rule of whose
 * visits they are), overdue or due within 30 days, at most {@link #LIMIT} of each.
 */
@Component
class VisitsToMake implements WorkToDo {

    private final FollowUps followUps;

    VisitsToMake(FollowUps followUps) {
        this.followUps = followUps;
    }

    @Override
    public List<WorkItem> of(CurrentUser user) {
        List<FollowUps.Task> tasks = followUps.tasks(user, false);
        return Stream.concat(tasks.stream().filter(FollowUps.Task::overdue).limit(LIMIT),
                        tasks.stream().filter(t -> !t.overdue()).limit(LIMIT))
                .map(t -> new WorkItem(t.overdue() ? WorkItem.Kind.VISIT_OVERDUE : WorkItem.Kind.VISIT_DUE,
                        t.caseId(), t.caseNumber(), t.dueOn(), "/cases/" + t.caseId() + "/follow-ups"))
                .toList();
    }
}
