package org.sankofa.work.web;

import java.time.OffsetDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sankofa.cases.CaseId;
import org.sankofa.cases.WaitingDecision;
import org.sankofa.cases.WaitingDecisions;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Roles;
import org.sankofa.work.InboxPage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The supervisor's inbox for clients: the same list, order and pages as the page. */
@RestController
@Tag(name = "Inbox", description = "The decisions waiting for a case supervisor in their office")
class InboxApiController {

    /** A decision waiting: what is asked (BEST_INTERESTS, CLOSURE, TRANSFER, RETURN), on which case, by whom. */
    record Item(WaitingDecision.Kind kind, CaseId caseId, String caseNumber, String askedBy, OffsetDateTime since,
            String href) {

        static Item of(WaitingDecision d) {
            return new Item(d.kind(), d.caseId(), d.caseNumber(), d.askedBy(), d.since(), d.path());
        }
    }

    record Inbox(List<Item> items, String order, int page, int pages, int size, int total) {
    }

    private final WaitingDecisions decisions;

    InboxApiController(WaitingDecisions decisions) {
        this.decisions = decisions;
    }

    @GetMapping("/api/v1/inbox")
    @PreAuthorize(Roles.SUPERVISORS)
    @Operation(summary = "The decisions waiting for the supervisor: determinations, closures, transfers, returns",
            description = "order: oldest (default) or newest; page: from 1, " + InboxPage.SIZE + " a page")
    Inbox inbox(@RequestParam(required = false) String order, @RequestParam(defaultValue = "1") int page,
            @AuthenticationPrincipal CurrentUser user) {
        InboxPage shown = InboxPage.of(decisions.waitingFor(user), InboxPage.Order.of(order), page);
        return new Inbox(shown.items().stream().map(Item::of).toList(), shown.order().parameter(), shown.page(),
                shown.pages(), InboxPage.SIZE, shown.total());
    }
}
