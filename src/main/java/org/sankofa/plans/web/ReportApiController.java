package org.sankofa.plans.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Roles;
import org.sankofa.plans.PlanId;
import org.sankofa.plans.internal.ProgressReport;
import org.sankofa.plans.internal.ProgressReports;
import org.sankofa.shared.web.Decision;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Progress reports", description = "Progress reports per plan and period: DRAFT → SUBMITTED → APPROVED "
        + "→ LOCKED. M&E officers and the plan's coordinators draft and submit; a coordinator of the plan's scope "
        + "other than the submitter approves (four eyes), which locks the values of the period, or rejects it back to "
        + "draft; both with an optional note.")
class ReportApiController {

    private final ProgressReports reports;

    ReportApiController(ProgressReports reports) {
        this.reports = reports;
    }

    record NewReport(@NotNull Long plan, @NotBlank @Size(max = 7) String period) {
    }

    record Narratives(@Size(max = 50) Map<Long, @Size(max = 8000) String> narratives, @NotNull @Min(0) Integer version) {
    }

    record Transition(@NotNull @Min(0) Integer version) {
    }

    @GetMapping
    @Operation(summary = "The progress reports, of one plan when given")
    List<ProgressReport> list(@RequestParam(required = false) PlanId plan) {
        return reports.forPlan(plan);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One progress report with its narratives per area")
    ProgressReport report(@PathVariable long id) {
        return reports.require(id);
    }

    @PostMapping
    @PreAuthorize(Roles.REPORTERS)
    @Operation(summary = "Start the progress report of a plan for a period (422 for a malformed period, 409 when "
            + "it exists)")
    ResponseEntity<ProgressReport> create(@Valid @RequestBody NewReport body,
            @AuthenticationPrincipal CurrentUser user) {
        ProgressReport report = reports.create(PlanId.of(body.plan()), body.period(), user);
        return ResponseEntity.created(URI.create("/api/v1/reports/" + report.id())).body(report);
    }

    @PutMapping("/{id}")
    @PreAuthorize(Roles.REPORTERS)
    @Operation(summary = "Save the narratives (area id → text) of a draft report; send the version read")
    ProgressReport save(@PathVariable long id, @Valid @RequestBody Narratives body,
            @AuthenticationPrincipal CurrentUser user) {
        return reports.saveNarratives(id, body.version(), body.narratives() == null ? Map.of() : body.narratives(),
                user);
    }

    @PostMapping("/{id}/submit")
    @PreAuthorize(Roles.REPORTERS)
    @Operation(summary = "Submit a draft report for approval")
    ProgressReport submit(@PathVariable long id, @Valid @RequestBody Transition body,
            @AuthenticationPrincipal CurrentUser user) {
        return reports.submit(id, body.version(), user);
    }

    @PostMapping("/{id}/" + Decision.OUTCOME)
    @PreAuthorize(Roles.COORDINATORS)
    @Operation(summary = "Approve a submitted report (locks the values of its period) or reject it back to draft, with "
            + "an optional note ({\"note\": \"…\"}): a coordinator of the plan's scope, and never its submitter for an "
            + "approval (403); 409 when no longer submitted")
    ProgressReport decide(@PathVariable long id, @PathVariable Decision.Outcome outcome,
            @RequestBody(required = false) Decision decision, @AuthenticationPrincipal CurrentUser user) {
        return reports.decide(id, outcome, Decision.orNone(decision), user);
    }

    @PostMapping("/{id}/lock")
    @PreAuthorize(Roles.COORDINATORS)
    @Operation(summary = "Lock an approved report for good")
    ProgressReport lock(@PathVariable long id, @Valid @RequestBody Transition body,
            @AuthenticationPrincipal CurrentUser user) {
        return reports.lock(id, body.version(), user);
    }
}
