package org.sankofa.cases.bestinterests.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sankofa.cases.CaseId;
import org.sankofa.cases.bestinterests.internal.BestInterests;
import org.sankofa.cases.bestinterests.internal.BestInterestsDecision;
import org.sankofa.cases.internal.timeline.CaseTimeline;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Roles;
import org.sankofa.shared.web.Created;
import org.sankofa.shared.web.Decision;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Best-interests assessments and determinations of a child, and the timeline of a case. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Case decisions", description = "Best interests of a child (assessment, supervised determination) and case timeline")
class BestInterestsApiController {

    private final BestInterests bestInterests;
    private final CaseTimeline timeline;

    BestInterestsApiController(BestInterests bestInterests, CaseTimeline timeline) {
        this.bestInterests = bestInterests;
        this.timeline = timeline;
    }

    record AssessmentBody(LocalDate assessedOn, String summary) {
    }

    record DeterminationBody(Long assessmentId, BestInterestsDecision decision, String reasons) {
    }

    @GetMapping("/cases/{caseId}/best-interests/assessments")
    @PreAuthorize(Roles.CASE_STAFF)
    @Operation(summary = "Best-interests assessments of a child, newest first")
    List<BestInterests.Assessment> assessments(@PathVariable CaseId caseId, @AuthenticationPrincipal CurrentUser user) {
        return bestInterests.assessments(user, caseId);
    }

    @PostMapping("/cases/{caseId}/best-interests/assessments")
    @PreAuthorize(Roles.CASE_STAFF)
    @Operation(summary = "Record a best-interests assessment (child's open case only; summary stored encrypted)")
    ResponseEntity<Created> assess(@PathVariable CaseId caseId, @RequestBody AssessmentBody body,
            @AuthenticationPrincipal CurrentUser user) {
        long id = bestInterests.assess(user, caseId, new BestInterests.NewAssessment(body.assessedOn(), body.summary()));
        return Created.in("/api/v1/cases/" + caseId + "/best-interests/assessments", id);
    }

    @GetMapping("/cases/{caseId}/best-interests/determinations")
    @PreAuthorize(Roles.CASE_STAFF)
    @Operation(summary = "Best-interests determinations of a child, newest first")
    List<BestInterests.Determination> determinations(@PathVariable CaseId caseId,
            @AuthenticationPrincipal CurrentUser user) {
        return bestInterests.determinations(user, caseId);
    }

    @PostMapping("/cases/{caseId}/best-interests/determinations")
    @PreAuthorize(Roles.CASE_STAFF)
    @Operation(summary = "Request a determination based on an assessment of the case (409 while one is pending)")
    ResponseEntity<Created> request(@PathVariable CaseId caseId, @RequestBody DeterminationBody body,
            @AuthenticationPrincipal CurrentUser user) {
        long id = bestInterests.request(user, caseId,
                new BestInterests.NewDetermination(body.assessmentId(), body.decision(), body.reasons()));
        return Created.in("/api/v1/cases/" + caseId + "/best-interests/determinations", id);
    }

    @PostMapping("/cases/{caseId}/best-interests/determinations/{determinationId}/" + Decision.OUTCOME)
    @PreAuthorize(Roles.SUPERVISORS)
    @Operation(summary = "Approve or reject a requested determination, rejecting with a note {\"note\": ...} (a "
            + "supervisor of the owning office who did not request it; 409 when already decided)")
    ResponseEntity<Void> decide(@PathVariable CaseId caseId, @PathVariable long determinationId,
            @PathVariable Decision.Outcome outcome, @RequestBody(required = false) Decision body,
            @AuthenticationPrincipal CurrentUser user) {
        bestInterests.decide(user, caseId, determinationId, outcome, Decision.orNone(body));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/cases/{caseId}/timeline")
    @PreAuthorize(Roles.CASE_STAFF)
    @Operation(summary = "Every step of the case, oldest first: when, what, who, in which office and country")
    List<CaseTimeline.Step> timeline(@PathVariable CaseId caseId, @AuthenticationPrincipal CurrentUser user) {
        return timeline.steps(user, caseId);
    }
}
