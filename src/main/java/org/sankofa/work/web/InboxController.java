package org.sankofa.work.web;

import org.sankofa.cases.WaitingDecisions;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Roles;
import org.sankofa.work.InboxPage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The supervisor's inbox: the decisions waiting for them in their office, each linked to where it is decided. */
@Controller
@PreAuthorize(Roles.SUPERVISORS)
class InboxController {

    private final WaitingDecisions decisions;

    InboxController(WaitingDecisions decisions) {
        this.decisions = decisions;
    }

    @GetMapping("/inbox")
    String inbox(@RequestParam(required = false) String order, @RequestParam(defaultValue = "1") int page,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("inbox", InboxPage.of(decisions.waitingFor(user), InboxPage.Order.of(order), page));
        return "work/inbox";
    }
}
