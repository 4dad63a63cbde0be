package org.sankofa.work.web;

import org.sankofa.cases.WaitingDecisions;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The count of the supervisor's inbox, shown in the navigation of every page. Counted only when the navigation is
 * drawn (a page for a supervisor), never for the API or for other roles.
 */
@ControllerAdvice(annotations = Controller.class)
class WorkCounts {

    private final WaitingDecisions decisions;

    WorkCounts(WaitingDecisions decisions) {
        this.decisions = decisions;
    }

    /** How many decisions wait for the person, counted once per page, when asked. */
    public static final class Waiting {

        private final WaitingDecisions decisions;
        private final CurrentUser user;
        private Integer count;

        Waiting(WaitingDecisions decisions, CurrentUser user) {
            this.decisions = decisions;
            this.user = user;
        }

        public int count() {
            if (count == null) {
                count = user != null && user.hasRole(Role.CASE_SUPERVISOR) ? decisions.count(user) : 0;
            }
            return count;
        }
    }

    @ModelAttribute("waiting")
    Waiting waiting(@AuthenticationPrincipal CurrentUser user) {
        return new Waiting(decisions, user);
    }
}
