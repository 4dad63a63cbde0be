package org.sankofa.cases.web;

import java.util.Map;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sankofa.cases.CaseId;
import org.sankofa.cases.internal.CaseAccess;
import org.sankofa.cases.internal.timeline.CaseTimeline;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The timeline of a case: every step, dated, who, in which office and country. */
@Controller
@PreAuthorize(Roles.CASE_STAFF)
class TimelineController {

    private final CaseAccess cases;
    private final CaseTimeline timeline;

    TimelineController(CaseAccess cases, CaseTimeline timeline) {
        this.cases = cases;
        this.timeline = timeline;
    }

    @GetMapping("/cases/{caseId}/timeline")
    String section(@PathVariable CaseId caseId, @AuthenticationPrincipal CurrentUser user, HtmxRequest htmx,
            HttpServletResponse response, Model model) {
        model.addAttribute("care", cases.readable(user, caseId, CaseTimeline.PART));
        model.addAttribute("steps", timeline.steps(user, caseId));
        model.addAttribute("errors", Map.of());
        return Sections.view("timeline", htmx, response, model);
    }
}
