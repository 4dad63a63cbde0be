package org.sankofa.plans.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Roles;
import org.sankofa.plans.EvaluationKind;
import org.sankofa.plans.FindingRating;
import org.sankofa.plans.PlanId;
import org.sankofa.plans.RecommendationPriority;
import org.sankofa.plans.internal.Evaluation;
import org.sankofa.plans.internal.EvaluationDraft;
import org.sankofa.plans.internal.Evaluations;
import org.sankofa.plans.internal.InheritedRecommendation;
import org.sankofa.plans.internal.Plans;
import org.sankofa.shared.web.Created;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Plan evaluations", description = "Mid-term and final evaluations of a plan: findings per strategic "
        + "area, recommendations, and their links to the areas or objectives of the plan that supersedes it. "
        + "Everyone signed in reads; the plan's coordinators, administrators and M&E officers write. A final "
        + "evaluation is locked (409), except for the links of its recommendations.")
class EvaluationApiController {

    private final Evaluations evaluations;
    private final Plans plans;

    EvaluationApiController(Evaluations evaluations, Plans plans) {
        this.evaluations = evaluations;
        this.plans = plans;
    }

    /** An evaluation to create or change; {@code version} is required to change one. */
    record EvaluationBody(@NotNull EvaluationKind kind, @NotNull LocalDate evaluatedOn, Long evaluatorOrganisation,
            @Size(max = 300) String evaluatorText, @Size(max = 8000) String summary, @Min(0) Integer version) {

        EvaluationDraft draft() {
            return new EvaluationDraft(kind, evaluatedOn, evaluatorOrganisation, evaluatorText, summary);
        }
    }

    record FindingBody(Long area, @NotNull FindingRating rating, @NotBlank @Size(max = 4000) String text,
            @Min(0) Integer version) {
    }

    record RecommendationBody(@NotBlank @Size(max = 2000) String text, Long area,
            @NotNull RecommendationPriority priority, @Min(0) Integer version) {
    }

    /** Where the successor plan takes a recommendation up: an area or an objective (neither: unlink). */
    record LinkBody(Long successorArea, Long successorObjective, @NotNull @Min(0) Integer version) {
    }

    record VersionBody(@NotNull @Min(0) Integer version) {
    }

    @GetMapping("/plans/{id}/evaluations")
    @Operation(summary = "The evaluations of a plan, latest first, with their findings and recommendations")
    List<Evaluation> list(@PathVariable PlanId id) {
        plans.require(id);
        return evaluations.forPlan(id);
    }

    @PostMapping("/plans/{id}/evaluations")
    @PreAuthorize(Roles.REPORTERS)
    @Operation(summary = "Start an evaluation (DRAFT) of a plan that is not a draft; a plan has at most one final "
            + "evaluation (409)")
    ResponseEntity<Evaluation> create(@PathVariable PlanId id, @Valid @RequestBody EvaluationBody body,
            @AuthenticationPrincipal CurrentUser user) {
        Evaluation created = evaluations.create(id, body.draft(), user);
        return ResponseEntity.created(URI.create("/api/v1/evaluations/" + created.id())).body(created);
    }

    @GetMapping("/plans/{id}/inherited-recommendations")
    @Operation(summary = "The recommendations that evaluations of the previous plan linked to this plan")
    List<InheritedRecommendation> inherited(@PathVariable PlanId id) {
        plans.require(id);
        return evaluations.inherited(id);
    }

    @GetMapping("/evaluations/{id}")
    @Operation(summary = "One evaluation with its findings and recommendations")
    Evaluation evaluation(@PathVariable long id) {
        return evaluations.require(id);
    }

    @PutMapping("/evaluations/{id}")
    @PreAuthorize(Roles.REPORTERS)
    @Operation(summary = "Change a draft evaluation; send the version read (409 when someone saved first or when "
            + "it is final)")
    Evaluation update(@PathVariable long id, @Valid @RequestBody EvaluationBody body,
            @AuthenticationPrincipal CurrentUser user) {
        return evaluations.update(id, PlanApiController.requireVersion(body.version()), body.draft(), user);
    }

    @DeleteMapping("/evaluations/{id}")
    @PreAuthorize(Roles.REPORTERS)
    @Operation(summary = "Delete a draft evaluation (409 for a final one)")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam int version,
            @AuthenticationPrincipal CurrentUser user) {
        evaluations.delete(id, version, user);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/evaluations/{id}/finalise")
    @PreAuthorize(Roles.REPORTERS)
    @Operation(summary = "Finalise an evaluation (DRAFT → FINAL, needs a summary); it is then locked")
    Evaluation finalise(@PathVariable long id, @Valid @RequestBody VersionBody body,
            @AuthenticationPrincipal CurrentUser user) {
        return evaluations.finalise(id, body.version(), user);
    }

    @PostMapping("/evaluations/{id}/findings")
    @PreAuthorize(Roles.REPORTERS)
    @Operation(summary = "Add a finding on an area of the evaluated plan (or, without area, on the whole plan); one "
            + "per area")
    ResponseEntity<Created> addFinding(@PathVariable long id, @Valid @RequestBody FindingBody body,
            @AuthenticationPrincipal CurrentUser user) {
        long finding = evaluations.addFinding(id, body.area(), body.rating(), body.text(), user);
        return ResponseEntity.created(URI.create("/api/v1/evaluations/" + id)).body(new Created(finding));
    }

    @PutMapping("/evaluations/{id}/findings/{findingId}")
    @PreAuthorize(Roles.REPORTERS)
    @Operation(summary = "Change a finding; send its version")
    Evaluation updateFinding(@PathVariable long id, @PathVariable long findingId,
            @Valid @RequestBody FindingBody body, @AuthenticationPrincipal CurrentUser user) {
        evaluations.updateFinding(id, findingId, PlanApiController.requireVersion(body.version()), body.area(),
                body.rating(), body.text(), user);
        return evaluations.require(id);
    }

    @DeleteMapping("/evaluations/{id}/findings/{findingId}")
    @PreAuthorize(Roles.REPORTERS)
    @Operation(summary = "Delete a finding of a draft evaluation")
    ResponseEntity<Void> deleteFinding(@PathVariable long id, @PathVariable long findingId,
            @AuthenticationPrincipal CurrentUser user) {
        evaluations.deleteFinding(id, findingId, user);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/evaluations/{id}/recommendations")
    @PreAuthorize(Roles.REPORTERS)
    @Operation(summary = "Add a recommendation (optionally about an area of the evaluated plan)")
    ResponseEntity<Created> addRecommendation(@PathVariable long id, @Valid @RequestBody RecommendationBody body,
            @AuthenticationPrincipal CurrentUser user) {
        long recommendation = evaluations.addRecommendation(id, body.text(), body.area(), body.priority(), user);
        return ResponseEntity.created(URI.create("/api/v1/evaluations/" + id)).body(new Created(recommendation));
    }

    @PutMapping("/evaluations/{id}/recommendations/{recommendationId}")
    @PreAuthorize(Roles.REPORTERS)
    @Operation(summary = "Change a recommendation of a draft evaluation; send its version")
    Evaluation updateRecommendation(@PathVariable long id, @PathVariable long recommendationId,
            @Valid @RequestBody RecommendationBody body, @AuthenticationPrincipal CurrentUser user) {
        evaluations.updateRecommendation(id, recommendationId, PlanApiController.requireVersion(body.version()),
                body.text(), body.area(), body.priority(), user);
        return evaluations.require(id);
    }

    @DeleteMapping("/evaluations/{id}/recommendations/{recommendationId}")
    @PreAuthorize(Roles.REPORTERS)
    @Operation(summary = "Delete a recommendation of a draft evaluation")
    ResponseEntity<Void> deleteRecommendation(@PathVariable long id, @PathVariable long recommendationId,
            @AuthenticationPrincipal CurrentUser user) {
        evaluations.deleteRecommendation(id, recommendationId, user);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/evaluations/{id}/recommendations/{recommendationId}/link")
    @PreAuthorize(Roles.REPORTERS)
    @Operation(summary = "Link a recommendation to an area or objective of the successor plan (only that plan: 422 "
            + "otherwise; 409 when the plan has no successor); send neither to unlink. Allowed on final evaluations")
    Evaluation link(@PathVariable long id, @PathVariable long recommendationId, @Valid @RequestBody LinkBody body,
            @AuthenticationPrincipal CurrentUser user) {
        evaluations.link(id, recommendationId, body.version(), body.successorArea(), body.successorObjective(), user);
        return evaluations.require(id);
    }
}
