package org.sankofa.events.web;

import java.time.LocalDate;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Pattern;
import org.sankofa.directory.Directory;
import org.sankofa.events.EventId;
import org.sankofa.events.EventKind;
import org.sankofa.events.EventStatus;
import org.sankofa.events.ReachBasis;
import org.sankofa.events.internal.Event;
import org.sankofa.events.internal.EventAccess;
import org.sankofa.events.internal.EventCalendar;
import org.sankofa.events.internal.EventDraft;
import org.sankofa.events.internal.EventFilter;
import org.sankofa.events.internal.Events;
import org.sankofa.events.internal.Participants;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Roles;
import org.sankofa.plans.PlanActivities;
import org.sankofa.shared.DatePrecision;
import org.sankofa.shared.InvalidInputException;
import org.sankofa.shared.web.FormErrors;
import org.sankofa.shared.web.FormSubmission;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The events' pages: the list with its filters, an event, the event form and the change of status. */
@Controller
@RequestMapping("/events")
class EventController {

    private final Events events;
    private final EventAccess access;
    private final Directory directory;
    private final PlanActivities activities;
    private final Participants participants;
    private final org.sankofa.events.internal.TestTopics topics;
    private final EventCalendar calendar;
    private final org.sankofa.events.internal.EventProgrammes programmes;

    EventController(Events events, EventAccess access, Directory directory, PlanActivities activities,
            Participants participants, org.sankofa.events.internal.TestTopics topics, EventCalendar calendar,
            org.sankofa.events.internal.EventProgrammes programmes) {
        this.programmes = programmes;
        this.calendar = calendar;
        this.topics = topics;
        this.events = events;
        this.participants = participants;
        this.access = access;
        this.directory = directory;
        this.activities = activities;
    }

    /** The fields of the form that moves an event to its next status. */
    record StatusForm(String status, String on, String version) {
    }

    /** The fields of the form that records an awareness activity's reach (an empty number clears it). */
    record ReachForm(String reach, String reachBasis, String reachMethod, String version) {

        static ReachForm of(Event event) {
            Event.Reach r = event.reach();
            return new ReachForm(r == null ? "" : Integer.toString(r.people()), r == null ? "" : r.basis().name(),
                    r == null ? "" : r.method(), String.valueOf(event.version()));
        }
    }

    @GetMapping
    @PreAuthorize(Roles.EVENT_READERS)
    String list(@RequestParam(required = false) EventKind kind, @RequestParam(required = false) EventStatus status,
            @RequestParam(required = false) @Pattern(regexp = "^[A-Z]{2}$") String country,
            @RequestParam(required = false) Long organiser,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal CurrentUser user, Model model) {
        EventFilter filter = new EventFilter(kind, status, country, organiser, from, to, page, EventFilter.PAGE_SIZE);
        model.addAttribute("filter", filter);
        model.addAttribute("kinds", EventKind.values());
        model.addAttribute("statuses", access.heldOnly(user)
                ? new EventStatus[] { EventStatus.HELD, EventStatus.REPORTED } : EventStatus.values());
        model.addAttribute("organisations", directory.organisations());
        model.addAttribute("found", events.search(filter, user));
        model.addAttribute("mayCreate", access.mayCreate(user));
        return "events/list";
    }

    /** The calendar of the coming months (from this month, or {@code ?from=YYYY-MM}), grouped by month. */
    @GetMapping("/calendar")
    @PreAuthorize(Roles.EVENT_READERS)
    String calendar(@RequestParam(required = false) String from, @AuthenticationPrincipal CurrentUser user,
            Model model) {
        java.time.YearMonth start;
        try {
            start = from == null || from.isBlank() ? java.time.YearMonth.now(java.time.ZoneOffset.UTC)
                    : java.time.YearMonth.parse(from.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("not a month written YYYY-MM");
        }
        if (start.getYear() < 1900 || start.getYear() > 2200) {
            throw new IllegalArgumentException("a month between 1900 and 2200");
        }
        model.addAttribute("from", start);
        model.addAttribute("groups", calendar.months(start, EventCalendar.MONTHS, user));
        model.addAttribute("previous", start.minusMonths(EventCalendar.MONTHS));
        model.addAttribute("next", start.plusMonths(EventCalendar.MONTHS));
        model.addAttribute("until", start.plusMonths(EventCalendar.MONTHS - 1L));
        return "events/calendar";
    }

    @GetMapping("/{id}")
    @PreAuthorize(Roles.EVENT_READERS)
    String view(@PathVariable EventId id, @AuthenticationPrincipal CurrentUser user, Model model) {
        return view(events.readable(id, user), user, model, Map.of(), null, null);
    }

    private String view(Event event, CurrentUser user, Model model, Map<String, String> errors, String alert,
            StatusForm statusForm) {
        return view(event, user, model, errors, alert, statusForm, null);
    }

    private String view(Event event, CurrentUser user, Model model, Map<String, String> errors, String alert,
            StatusForm statusForm, ReachForm reachForm) {
        model.addAttribute("reachForm", reachForm == null ? ReachForm.of(event) : reachForm);
        model.addAttribute("reachErrors", reachForm != null);
        model.addAttribute("reachBases", ReachBasis.values());
        model.addAttribute("event", event);
        boolean canManage = access.canManage(user, event.organiserIds());
        model.addAttribute("canManage", canManage);
        model.addAttribute("servedProgrammes", programmes.of(event.eventId()));
        model.addAttribute("programmeChoices", canManage ? programmes.choices() : java.util.List.of());
        model.addAttribute("figures", participants.figures(event.eventId(), user));
        model.addAttribute("topicFigures", topics.figures(event.eventId(), user));
        model.addAttribute("errors", errors);
        model.addAttribute("alert", alert);
        model.addAttribute("statusForm", statusForm == null
                ? new StatusForm("", LocalDate.now().toString(), String.valueOf(event.version())) : statusForm);
        return "events/view";
    }

    @GetMapping("/new")
    @PreAuthorize(Roles.EVENT_ORGANISERS)
    String newForm(@AuthenticationPrincipal CurrentUser user, Model model) {
        return form(model, EventForm.empty(access.organisationOf(user)), null, Map.of(), null);
    }

    @PostMapping
    @PreAuthorize(Roles.EVENT_ORGANISERS)
    String create(@ModelAttribute EventForm form, @AuthenticationPrincipal CurrentUser user, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        FormErrors read = new FormErrors();
        EventDraft draft = form.draft(read);
        alsoCheck(read, draft, null, user);
        return FormSubmission.submit(read, response, () -> {
            Event created = events.create(draft, user);
            redirect.addFlashAttribute("message", "event.created");
            return "redirect:/events/" + created.id();
        }, (errors, alert) -> form(model, form, null, errors, alert));
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(Roles.EVENT_ORGANISERS)
    String editForm(@PathVariable EventId id, @AuthenticationPrincipal CurrentUser user, Model model) {
        Event event = events.editable(id, user);
        return form(model, EventForm.of(event), event, Map.of(), null);
    }

    @PostMapping("/{id}")
    @PreAuthorize(Roles.EVENT_ORGANISERS)
    String update(@PathVariable EventId id, @ModelAttribute EventForm form, @AuthenticationPrincipal CurrentUser user,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Event event = events.editable(id, user);
        FormErrors read = new FormErrors();
        EventDraft draft = form.draft(read);
        alsoCheck(read, draft, event.id(), user);
        return FormSubmission.submit(read, form.version(), response, version -> {
            events.update(id, version, draft, user);
            redirect.addFlashAttribute("message", "event.updated");
            return "redirect:/events/" + id;
        }, (errors, alert) -> form(model, form, event, errors, alert));
    }

    @PostMapping("/{id}/status")
    @PreAuthorize(Roles.EVENT_ORGANISERS)
    String changeStatus(@PathVariable EventId id, @ModelAttribute StatusForm form,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Event event = events.editable(id, user);
        FormErrors read = new FormErrors();
        EventStatus next = read.choice("status", form.status(), EventStatus.class, EventForm.CHOICE);
        LocalDate on = read.date("on", form.on(), EventForm.DATE);
        return FormSubmission.submit(read, form.version(), response, version -> {
            Event changed = events.changeStatus(id, version, next, on, user);
            redirect.addFlashAttribute("message", "event.status.changed");
            return "redirect:/events/" + changed.id();
        }, (errors, alert) -> view(event, user, model, errors, alert, form));
    }

    @PostMapping("/{id}/reach")
    @PreAuthorize(Roles.EVENT_ORGANISERS)
    String recordReach(@PathVariable EventId id, @ModelAttribute ReachForm form,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Event event = events.editable(id, user);
        FormErrors read = new FormErrors();
        Integer people = FormErrors.text(form.reach()) == null ? null : wholeNumber(read, form.reach());
        ReachBasis basis = FormErrors.text(form.reachBasis()) == null ? null
                : read.choice("reachBasis", form.reachBasis(), ReachBasis.class, EventForm.CHOICE);
        return FormSubmission.submit(read, form.version(), response, version -> {
            events.recordReach(id, version, people, basis, form.reachMethod(), user);
            redirect.addFlashAttribute("message", "event.reach.recorded");
            return "redirect:/events/" + id + "#reach";
        }, (errors, alert) -> view(event, user, model, errors, alert, null, form));
    }

    private static Integer wholeNumber(FormErrors read, String value) {
        String text = value.strip();
        if (!text.matches("[0-9]{1,9}")) {
            read.reject("reach", "event.reach.range");
            return null;
        }
        return Integer.valueOf(text);
    }

    /** When a value could not be read, checks the rules on what was read too, so that every wrong field is named. */
    private void alsoCheck(FormErrors read, EventDraft draft, Long id, CurrentUser user) {
        if (read.ok()) {
            return;
        }
        try {
            events.check(draft, id, user);
        } catch (InvalidInputException refused) {
            refused.fieldErrors().forEach(read::reject);
        }
    }

    private String form(Model model, EventForm form, Event event, Map<String, String> errors, String alert) {
        model.addAttribute("form", form);
        model.addAttribute("event", event);
        model.addAttribute("errors", errors);
        model.addAttribute("alert", alert);
        model.addAttribute("kinds", EventKind.values());
        model.addAttribute("precisions", DatePrecision.values());
        model.addAttribute("languages", Events.LANGUAGES);
        model.addAttribute("organisations", directory.organisations());
        model.addAttribute("activities", activities.all());
        model.addAttribute("otherEvents", events.choices(event == null ? null : event.id()));
        return "events/form";
    }
}
