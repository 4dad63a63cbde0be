package org.sankofa.events.web;

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
import org.sankofa.events.EventId;
import org.sankofa.events.EventKind;
import org.sankofa.events.EventStatus;
import org.sankofa.events.ReachBasis;
import org.sankofa.events.internal.Event;
import org.sankofa.events.internal.EventDates;
import org.sankofa.events.internal.EventDraft;
import org.sankofa.events.internal.EventFilter;
import org.sankofa.events.internal.EventPage;
import org.sankofa.events.internal.Events;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Roles;
import org.sankofa.shared.DatePrecision;
import org.sankofa.shared.InvalidInputException;
import org.springframework.format.annotation.DateTimeFormat;
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
@RequestMapping("/api/v1/events")
@Tag(name = "Events", description = "Workshops, conferences, trainings, meetings and awareness activities. "
        + "Administrators, coordinators, M&E officers and organisers read every event, observers the events held; "
        + "organisers create events and change those their organisation organises, administrators every event.")
class EventApiController {

    private final Events events;

    EventApiController(Events events) {
        this.events = events;
    }

    /** An output: a link to a document, recommendations or best practices agreed. */
    record OutputBody(@Size(max = 300) String title, @NotBlank @Size(max = 1000) String url) {
    }

    /**
     * An event to create or change; {@code version} is required to change one (optimistic locking). The dates are
     * known to the DAY (default), MONTH or YEAR; {@code yearGiven: false} keeps the day and month without a year; no
     * startOn: the dates are not given.
     */
    record EventBody(@NotNull EventKind kind, @NotBlank @Size(max = 300) String title, LocalDate startOn,
            LocalDate endOn, DatePrecision precision, Boolean yearGiven, @Size(max = 120) String city,
            @Pattern(regexp = "^[A-Z]{2}$") String country, @Size(max = 1000) String targetAudience,
            @Size(max = 10) List<@NotBlank String> languages, @Size(max = 4000) String agenda, Long follows,
            @Size(max = 50) List<@NotNull Long> organisers, @Size(max = 50) List<@NotNull Long> funders,
            @Size(max = 50) List<@NotNull Long> activities, @Size(max = 50) List<@NotNull @Valid OutputBody> outputs,
            @Size(max = 1000) String source, @Min(0) Integer version) {

        EventDraft draft() {
            return new EventDraft(kind, title, new EventDates(startOn, endOn, precision,
                    yearGiven == null || yearGiven), city, country, targetAudience, languages, agenda, follows,
                    organisers, funders, activities,
                    outputs == null ? null : outputs.stream().map(o -> new Event.Output(o.title(), o.url())).toList(),
                    source);
        }
    }

    /** A move to the next status on a day: HELD or CANCELLED from PLANNED, REPORTED from HELD. */
    record StatusBody(@NotNull EventStatus status, @NotNull LocalDate on, @NotNull @Min(0) Integer version) {
    }

    /**
     * The reach of an awareness activity or campaign launch: people reached (0 or more; null clears the reach),
     * counted or estimated, and how (required with a number).
     */
    record ReachBody(@Min(0) Integer people, ReachBasis basis, @Size(max = 500) String method,
            @NotNull @Min(0) Integer version) {
    }

    @GetMapping
    @PreAuthorize(Roles.EVENT_READERS)
    @Operation(summary = "List events, newest first (events without a year last), filtered by kind, status, "
            + "country, organiser and a span of days; observers see held events only")
    EventPage list(@RequestParam(required = false) EventKind kind, @RequestParam(required = false) EventStatus status,
            @Parameter(description = "ISO 3166-1 alpha-2") @RequestParam(required = false)
            @Pattern(regexp = "^[A-Z]{2}$") String country,
            @Parameter(description = "id of an organising organisation") @RequestParam(required = false)
            Long organiser,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "25") @Min(1) int size, @AuthenticationPrincipal CurrentUser user) {
        return events.search(new EventFilter(kind, status, country, organiser, from, to, page, size), user);
    }

    @GetMapping("/{id}")
    @PreAuthorize(Roles.EVENT_READERS)
    @Operation(summary = "One event with its organisers, funders, plan activities, outputs and follow-ups")
    Event event(@PathVariable EventId id, @AuthenticationPrincipal CurrentUser user) {
        return events.readable(id, user);
    }

    @PostMapping
    @PreAuthorize(Roles.EVENT_ORGANISERS)
    @Operation(summary = "Create an event; an organiser names their own organisation among the organisers (422 "
            + "otherwise)")
    ResponseEntity<Event> create(@Valid @RequestBody EventBody body, @AuthenticationPrincipal CurrentUser user) {
        Event created = events.create(body.draft(), user);
        return ResponseEntity.created(URI.create("/api/v1/events/" + created.id())).body(created);
    }

    @PutMapping("/{id}")
    @PreAuthorize(Roles.EVENT_ORGANISERS)
    @Operation(summary = "Change an event of the organiser's organisation; send the version read (409 when someone "
            + "saved first)")
    Event update(@PathVariable EventId id, @Valid @RequestBody EventBody body,
            @AuthenticationPrincipal CurrentUser user) {
        if (body.version() == null) {
            throw InvalidInputException.of("version", "validation.required");
        }
        return events.update(id, body.version(), body.draft(), user);
    }

    @PutMapping("/{id}/reach")
    @PreAuthorize(Roles.EVENT_ORGANISERS)
    @Operation(summary = "Record how many people an awareness activity or campaign launch reached, counted or "
            + "estimated, and how (422 for another kind of event or a negative number; null people clears it)")
    Event recordReach(@PathVariable EventId id, @Valid @RequestBody ReachBody body,
            @AuthenticationPrincipal CurrentUser user) {
        return events.recordReach(id, body.version(), body.people(), body.basis(), body.method(), user);
    }

    @PostMapping("/{id}/status")
    @PreAuthorize(Roles.EVENT_ORGANISERS)
    @Operation(summary = "Move an event to its next status on a day (PLANNED → HELD or CANCELLED, HELD → REPORTED); "
            + "409 for any other move")
    Event changeStatus(@PathVariable EventId id, @Valid @RequestBody StatusBody body,
            @AuthenticationPrincipal CurrentUser user) {
        return events.changeStatus(id, body.version(), body.status(), body.on(), user);
    }
}
