package org.sankofa.work.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sankofa.cases.CaseWork;
import org.sankofa.cases.WaitingDecision;
import org.sankofa.cases.WaitingDecisions;
import org.sankofa.cases.WorkItem;
import org.sankofa.events.EventWork;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Role;
import org.sankofa.identity.Roles;
import org.sankofa.plans.PlanWork;
import org.sankofa.statistics.Headlines;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page: each role's work first. Case staff see their open cases by stage and the visits and referral answers
 * to follow, a supervisor the decisions waiting and the overdue visits of the office, a partner the referrals to
 * answer, the roles of the plans (coordinators, M&amp;E officers, organisers, observers, administrators) their plans
 * and the progress reports waiting; an organiser their organisation's upcoming events and the events held whose report
 * is still to write. Only what the person's roles use is read.
 */
@Controller
class HomeController {

    /** The roles whose work is the action plans. */
    static final Set<Role> PLAN_ROLES = Set.of(Role.NATIONAL_COORDINATOR, Role.REGIONAL_COORDINATOR, Role.ME_OFFICER,
            Role.EVENT_ORGANISER, Role.OBSERVER, Role.ADMINISTRATOR);

    /** How many of the oldest waiting decisions the home page shows (the inbox has them all). */
    static final int OLDEST_SHOWN = 5;

    private final WaitingDecisions decisions;
    private final CaseWork cases;
    private final PlanWork plans;
    private final EventWork events;
    private final Headlines headlines;

    HomeController(WaitingDecisions decisions, CaseWork cases, PlanWork plans, EventWork events,
            Headlines headlines) {
        this.headlines = headlines;
        this.decisions = decisions;
        this.cases = cases;
        this.plans = plans;
        this.events = events;
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal CurrentUser user, Model model) {
        if (user.hasAnyRole(Roles.CASE_STAFF_ROLES)) {
            model.addAttribute("myCases", cases.myCases(user));
            model.addAttribute("unassigned", cases.unassigned(user));
        }
        if (user.hasAnyRole(Roles.CASE_READER_ROLES)) {
            Map<WorkItem.Kind, List<WorkItem>> work = new LinkedHashMap<>();
            for (WorkItem item : cases.items(user)) {
                work.computeIfAbsent(item.kind(), k -> new ArrayList<>()).add(item);
            }
            model.addAttribute("work", work);
        }
        if (user.hasRole(Role.CASE_SUPERVISOR)) {
            List<WaitingDecision> waiting = decisions.waitingFor(user);
            Map<WaitingDecision.Kind, Long> byKind = new EnumMap<>(WaitingDecision.Kind.class);
            waiting.forEach(d -> byKind.merge(d.kind(), 1L, Long::sum));
            model.addAttribute("waitingByKind", byKind);
            model.addAttribute("waitingTotal", waiting.size());
            model.addAttribute("oldestWaiting", waiting.stream().limit(OLDEST_SHOWN).toList());
        }
        if (user.hasRole(Role.EVENT_ORGANISER)) {
            model.addAttribute("upcomingEvents", events.upcoming(user));
            model.addAttribute("eventsToReport", events.awaitingReport(user));
            model.addAttribute("eventFigures", events.figures(user));
        }
        if (user.hasAnyRole(PLAN_ROLES)) {
            // the roles without case work open on their statistics: the dashboard's headline, then their plans
            model.addAttribute("headline", headlines.of(user));
            model.addAttribute("plans", plans.plans(user));
            model.addAttribute("reports", plans.reportsWaiting(user));
        }
        return "home";
    }
}
