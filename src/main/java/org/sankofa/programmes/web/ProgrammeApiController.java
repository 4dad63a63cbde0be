package org.sankofa.programmes.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.sankofa.identity.CurrentUser;
import org.sankofa.programmes.ProgrammeId;
import org.sankofa.programmes.TargetMeasure;
import org.sankofa.programmes.internal.DonorReport;
import org.sankofa.programmes.internal.DonorReports;
import org.sankofa.programmes.internal.Programme;
import org.sankofa.programmes.internal.ProgrammeAccess;
import org.sankofa.programmes.internal.ProgrammeDraft;
import org.sankofa.programmes.internal.ProgrammeFilter;
import org.sankofa.programmes.internal.ProgrammeSummary;
import org.sankofa.programmes.internal.Programmes;
import org.sankofa.programmes.internal.Progress;
import org.sankofa.programmes.internal.Target;
import org.sankofa.programmes.internal.TargetDraft;
import org.sankofa.programmes.internal.Targets;
import org.sankofa.shared.InvalidInputException;
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
@RequestMapping("/api/v1/programmes")
@Tag(name = "Programmes", description = "Funded programmes: donors and grant references, implementers and partners, "
        + "countries covered with the day each joined, phases, budget per ISO 4217 currency (never summed across "
        + "currencies), targets and their progress counted from the records. Administrators, coordinators, M&E "
        + "officers, organisers and case staff read every programme, observers those their organisation funds; "
        + "implementers change theirs, administrators every programme.")
class ProgrammeApiController {

    private final Programmes programmes;
    private final Targets targets;
    private final DonorReports reports;

    ProgrammeApiController(Programmes programmes, Targets targets, DonorReports reports) {
        this.programmes = programmes;
        this.targets = targets;
        this.reports = reports;
    }

    record DonorBody(@NotNull Long organisation, @Size(max = 100) String grantReference) {
    }

    record CountryBody(@NotNull @Pattern(regexp = "^[A-Z]{2}$") String code, @NotNull LocalDate joinedOn) {
    }

    record PhaseBody(@NotBlank @Size(max = 200) String name, @NotNull LocalDate startsOn, LocalDate endsOn) {
    }

    /** A budget line; {@code currency} is an ISO 4217 code (422 for an unknown one). */
    record BudgetBody(@NotBlank @Size(max = 200) String label, @NotBlank String currency, @NotNull BigDecimal planned,
            BigDecimal received, BigDecimal spent) {
    }

    record DocumentBody(@Size(max = 300) String title, @NotBlank @Size(max = 1000) String url) {
    }

    /** A programme to create or change; {@code version} is required to change one (optimistic locking). */
    record ProgrammeBody(@NotBlank @Size(max = 40) String code, @NotBlank @Size(max = 300) String title,
            @Size(max = 4000) String summary, @NotNull LocalDate startsOn, LocalDate endsOn,
            @Size(max = 1000) String source, @Size(max = 50) List<@NotNull @Valid DonorBody> donors,
            @Size(max = 50) List<@NotNull Long> implementers, @Size(max = 200) List<@NotNull Long> partners,
            @Size(max = 100) List<@NotNull @Valid CountryBody> countries,
            @Size(max = 50) List<@NotNull @Valid PhaseBody> phases,
            @Size(max = 100) List<@NotNull @Valid BudgetBody> budget, @Size(max = 200) List<@NotNull Long> activities,
            @Size(max = 100) List<@NotNull @Valid DocumentBody> documents, Integer version) {

        ProgrammeDraft draft() {
            return new ProgrammeDraft(code, title, summary, startsOn, endsOn, source,
                    donors == null ? null : donors.stream()
                            .map(d -> new ProgrammeDraft.Donor(d.organisation(), d.grantReference())).toList(),
                    implementers, partners,
                    countries == null ? null : countries.stream()
                            .map(c -> new ProgrammeDraft.Country(c.code(), c.joinedOn())).toList(),
                    phases == null ? null : phases.stream()
                            .map(p -> new ProgrammeDraft.Phase(p.name(), p.startsOn(), p.endsOn())).toList(),
                    budget == null ? null : budget.stream().map(b -> new ProgrammeDraft.Budget(b.label(),
                            b.currency(), b.planned(), b.received(), b.spent())).toList(),
                    activities,
                    documents == null ? null : documents.stream()
                            .map(d -> new ProgrammeDraft.Document(d.title(), d.url())).toList());
        }
    }

    /**
     * A target: its measure (required: 422 without), label, baseline, the plans indicator of a MANUAL target, and the
     * value aimed at per ISO period ({@code {"2024": 50}}; 422 for a period outside the programme).
     */
    record TargetBody(TargetMeasure measure, @Size(max = 300) String label, BigDecimal baseline, Long indicator,
            @Size(max = 60) Map<String, BigDecimal> values) {
    }

    @GetMapping
    @PreAuthorize(ProgrammeAccess.READERS)
    @Operation(summary = "List the programmes the caller may read, newest first, filtered by words of the title or "
            + "code, donor, country covered and running on a day")
    List<ProgrammeSummary> list(@RequestParam(required = false) @Size(max = 100) String q,
            @Parameter(description = "id of a donor organisation") @RequestParam(required = false) Long donor,
            @Parameter(description = "ISO 3166-1 alpha-2") @RequestParam(required = false)
            @Pattern(regexp = "^[A-Z]{2}$") String country,
            @RequestParam(required = false) LocalDate runningOn, @AuthenticationPrincipal CurrentUser user) {
        return programmes.search(new ProgrammeFilter(q, donor, country, runningOn), user);
    }

    @GetMapping("/{id}")
    @PreAuthorize(ProgrammeAccess.READERS)
    @Operation(summary = "One programme with its parties, countries, phases, budget lines, plan activities and "
            + "documents (404 for an observer whose organisation does not fund it)")
    Programme programme(@PathVariable ProgrammeId id, @AuthenticationPrincipal CurrentUser user) {
        return programmes.readable(id, user);
    }

    @PostMapping
    @PreAuthorize(ProgrammeAccess.EDITORS)
    @Operation(summary = "Create a programme; an implementer names their own organisation among the implementers "
            + "(422 otherwise); 422 for a budget line in an unknown currency")
    ResponseEntity<Programme> create(@Valid @RequestBody ProgrammeBody body,
            @AuthenticationPrincipal CurrentUser user) {
        Programme created = programmes.create(body.draft(), user);
        return ResponseEntity.created(URI.create("/api/v1/programmes/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @PreAuthorize(ProgrammeAccess.EDITORS)
    @Operation(summary = "Change a programme the caller's organisation implements; send the version read (409 when "
            + "someone saved first)")
    Programme update(@PathVariable ProgrammeId id, @Valid @RequestBody ProgrammeBody body,
            @AuthenticationPrincipal CurrentUser user) {
        if (body.version() == null) {
            throw InvalidInputException.of("version", "validation.required");
        }
        return programmes.update(id, body.version(), body.draft(), user);
    }

    @GetMapping("/{id}/targets")
    @PreAuthorize(ProgrammeAccess.READERS)
    @Operation(summary = "The programme's targets with their progress, counted from the records: overall (baseline, "
            + "aimed at, achieved) and per period aimed at")
    List<Progress> targets(@PathVariable ProgrammeId id, @AuthenticationPrincipal CurrentUser user) {
        return targets.progress(programmes.readable(id, user));
    }

    @PostMapping("/{id}/targets")
    @PreAuthorize(ProgrammeAccess.EDITORS)
    @Operation(summary = "Add a target (422 without a measure, for a period outside the programme, or a MANUAL "
            + "target without a plans indicator entered by hand)")
    ResponseEntity<Target> addTarget(@PathVariable ProgrammeId id, @Valid @RequestBody TargetBody body,
            @AuthenticationPrincipal CurrentUser user) {
        Target added = targets.add(id, new TargetDraft(body.measure(), body.label(), body.baseline(), body.indicator(),
                body.values()), user);
        return ResponseEntity.created(URI.create("/api/v1/programmes/" + id + "/targets")).body(added);
    }

    @GetMapping("/{id}/report")
    @PreAuthorize(ProgrammeAccess.READERS)
    @Operation(summary = "The donor report of a period (ISO: 2024, 2024-S1, 2024-Q2, 2024-05): each target against "
            + "what was achieved, by country, sex and age band, with the narrative. Aggregates only: a count of "
            + "persons under the threshold (default 5) is suppressed (value hidden, suppressed: true). 422 for a "
            + "period that is not an ISO period or lies outside the programme")
    DonorReport report(@PathVariable ProgrammeId id,
            @Parameter(description = "ISO period, e.g. 2024 or 2024-Q2") @RequestParam(required = false)
            String period, @AuthenticationPrincipal CurrentUser user) {
        return reports.report(id, period, user);
    }
}
