package org.sankofa.plans.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Roles;
import org.sankofa.plans.ActivityStatus;
import org.sankofa.plans.Pillar;
import org.sankofa.plans.PlanId;
import org.sankofa.plans.PlanScope;
import org.sankofa.plans.PlanStatus;
import org.sankofa.plans.internal.Activities;
import org.sankofa.plans.internal.Activity;
import org.sankofa.plans.internal.ActivityDraft;
import org.sankofa.shared.DatePrecision;
import org.sankofa.plans.internal.Indicators;
import org.sankofa.plans.internal.Partner;
import org.sankofa.plans.internal.PlanDocument;
import org.sankofa.plans.internal.PlanDraft;
import org.sankofa.plans.internal.PlanFilter;
import org.sankofa.plans.internal.PlanSummary;
import org.sankofa.plans.internal.PlanTree;
import org.sankofa.plans.internal.Plans;
import org.sankofa.plans.internal.Scorecard;
import org.sankofa.plans.internal.Scorecards;
import org.sankofa.plans.internal.StrategicAreas;
import org.sankofa.shared.InvalidInputException;
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
@Tag(name = "Action plans", description = "Plans, their strategic areas, objectives and activities, and the plan "
        + "scorecard. Everyone signed in reads; national coordinators change their country's national plans, "
        + "regional coordinators the plans of their community, administrators every plan.")
class PlanApiController {

    private final Plans plans;
    private final Indicators indicators;
    private final Scorecards scorecards;
    private final StrategicAreas strategicAreas;
    private final Activities activities;

    PlanApiController(Plans plans, Indicators indicators, Scorecards scorecards, StrategicAreas strategicAreas,
            Activities activities) {
        this.plans = plans;
        this.indicators = indicators;
        this.scorecards = scorecards;
        this.strategicAreas = strategicAreas;
        this.activities = activities;
    }

    /** A plan to create or change; {@code version} is required to change one (optimistic locking). */
    record PlanBody(@NotBlank @Size(max = 300) String title, @NotNull PlanScope scope, @NotNull PlanStatus status,
            LocalDate periodStart, LocalDate periodEnd, LocalDate adoptedOn, DatePrecision adoptedPrecision,
            @Size(max = 120) String adoptedPlace, LocalDate launchedOn, @Size(max = 120) String launchedPlace,
            Long supersedes, Long coordinatingOrganisation, @Size(max = 300) String coordinatingBody,
            @Size(max = 4000) String description, @Size(max = 1000) String source,
            @Size(max = 60) List<@Pattern(regexp = "^[A-Z]{2}$") String> countries,
            @Size(max = 20) List<@NotBlank String> communities, @Size(max = 50) List<@NotNull Partner> partners,
            @Size(max = 50) List<@NotNull PlanDocument> documents, @Min(0) Integer version) {

        PlanDraft draft() {
            return new PlanDraft(title, scope, status, periodStart, periodEnd, adoptedOn, adoptedPrecision,
                    adoptedPlace, launchedOn, launchedPlace, supersedes, coordinatingOrganisation, coordinatingBody,
                    description, source, countries, communities,
                    partners == null ? null : partners.stream().map(p -> new Partner(p.kind(), p.organisationId(),
                            null, p.name(), p.note())).toList(),
                    documents);
        }
    }

    record AreaBody(@NotBlank @Size(max = 300) String title, @NotNull Pillar pillar,
            @Size(max = 2000) String description) {
    }

    record ObjectiveBody(@NotBlank @Size(max = 300) String title) {
    }

    record ActivityBody(@NotBlank @Size(max = 300) String title, Long leadOrganisation,
            @Size(max = 300) String leadText, @Size(max = 50) List<@NotNull Long> supportingOrganisations,
            @Size(max = 500) String supportingText, LocalDate plannedStart, LocalDate plannedEnd,
            LocalDate actualStart, LocalDate actualEnd, @NotNull ActivityStatus status, BigDecimal budgetPlanned,
            BigDecimal budgetSecured, BigDecimal budgetSpent, @Pattern(regexp = "^[A-Z]{3}$") String currency,
            Long funderOrganisation, @Size(max = 300) String funderText, @Min(0) Integer version) {

        ActivityDraft draft() {
            return new ActivityDraft(title, leadOrganisation, leadText, supportingOrganisations, supportingText,
                    plannedStart, plannedEnd, actualStart, actualEnd, status, budgetPlanned, budgetSecured,
                    budgetSpent, currency, funderOrganisation, funderText);
        }
    }

    @GetMapping("/plans")
    @Operation(summary = "List plans, filtered by scope, status and country (a country finds the plans of its "
            + "communities too)")
    List<PlanSummary> list(@RequestParam(required = false) PlanScope scope,
            @RequestParam(required = false) PlanStatus status,
            @Parameter(description = "ISO 3166-1 alpha-2") @RequestParam(required = false)
            @Pattern(regexp = "^[A-Z]{2}$") String country) {
        return plans.search(new PlanFilter(scope, status, country));
    }

    @GetMapping("/plans/{id}")
    @Operation(summary = "One plan with its tree (areas, objectives, activities) and its indicators")
    PlanTree plan(@PathVariable PlanId id) {
        return tree(id);
    }

    @PostMapping("/plans")
    @PreAuthorize(Roles.COORDINATORS)
    @Operation(summary = "Create a plan; a coordinator only within their scope (403 otherwise). Superseding a plan "
            + "marks it SUPERSEDED once the new plan is no longer a draft (an expired plan stays EXPIRED).")
    ResponseEntity<PlanTree> create(@Valid @RequestBody PlanBody body, @AuthenticationPrincipal CurrentUser user) {
        PlanId id = plans.create(body.draft(), user).planId();
        return ResponseEntity.created(URI.create("/api/v1/plans/" + id)).body(tree(id));
    }

    @PutMapping("/plans/{id}")
    @PreAuthorize(Roles.COORDINATORS)
    @Operation(summary = "Change a plan; send the version read (409 when someone saved first)")
    PlanTree update(@PathVariable PlanId id, @Valid @RequestBody PlanBody body,
            @AuthenticationPrincipal CurrentUser user) {
        plans.update(id, requireVersion(body.version()), body.draft(), user);
        return tree(id);
    }

    @DeleteMapping("/plans/{id}")
    @PreAuthorize(Roles.COORDINATORS)
    @Operation(summary = "Delete a draft plan (409 for a plan that was adopted)")
    ResponseEntity<Void> delete(@PathVariable PlanId id, @RequestParam int version,
            @AuthenticationPrincipal CurrentUser user) {
        plans.delete(id, version, user);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/plans/{id}/areas")
    @PreAuthorize(Roles.COORDINATORS)
    @Operation(summary = "Add a strategic area, tagged with its pillar")
    ResponseEntity<Created> addArea(@PathVariable PlanId id, @Valid @RequestBody AreaBody body,
            @AuthenticationPrincipal CurrentUser user) {
        plans.require(id);
        long area = strategicAreas.addArea(id, body.title(), body.pillar(), body.description(), user);
        return ResponseEntity.created(URI.create("/api/v1/plans/" + id)).body(new Created(area));
    }

    @PostMapping("/areas/{id}/objectives")
    @PreAuthorize(Roles.COORDINATORS)
    @Operation(summary = "Add an objective to a strategic area")
    ResponseEntity<Created> addObjective(@PathVariable long id, @Valid @RequestBody ObjectiveBody body,
            @AuthenticationPrincipal CurrentUser user) {
        long objective = strategicAreas.addObjective(id, body.title(), user);
        return ResponseEntity.created(URI.create("/api/v1/plans/" + strategicAreas.planOfArea(id)))
                .body(new Created(objective));
    }

    @PostMapping("/objectives/{id}/activities")
    @PreAuthorize(Roles.COORDINATORS)
    @Operation(summary = "Add an activity to an objective")
    ResponseEntity<Activity> addActivity(@PathVariable long id, @Valid @RequestBody ActivityBody body,
            @AuthenticationPrincipal CurrentUser user) {
        Activity activity = activities.add(id, body.draft(), user);
        return ResponseEntity.created(URI.create("/api/v1/activities/" + activity.id())).body(activity);
    }

    @GetMapping("/activities/{id}")
    @Operation(summary = "One activity")
    Activity activity(@PathVariable long id) {
        return activities.activity(id).orElseThrow(() -> new org.sankofa.shared.NotFoundException("activity"));
    }

    @PutMapping("/activities/{id}")
    @PreAuthorize(Roles.COORDINATORS)
    @Operation(summary = "Change an activity (status, dates, budget); send the version read")
    Activity updateActivity(@PathVariable long id, @Valid @RequestBody ActivityBody body,
            @AuthenticationPrincipal CurrentUser user) {
        return activities.update(id, requireVersion(body.version()), body.draft(), user);
    }

    @GetMapping("/plans/{id}/scorecard")
    @Operation(summary = "The plan's scorecard: activities by status and budget execution per area, indicators on "
            + "or off track against target for their latest period, periods locked by approved reports")
    Scorecard scorecard(@PathVariable PlanId id) {
        return scorecards.of(id);
    }

    private PlanTree tree(PlanId id) {
        return new PlanTree(plans.require(id), strategicAreas.of(id), indicators.forPlan(id));
    }

    static int requireVersion(Integer version) {
        if (version == null) {
            throw InvalidInputException.of("version", "validation.required");
        }
        return version;
    }
}
