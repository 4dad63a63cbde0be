package org.sankofa.events.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.sankofa.events.EventId;
import org.sankofa.events.InstitutionType;
import org.sankofa.events.ParticipantSex;
import org.sankofa.events.internal.Certificates;
import org.sankofa.events.internal.Event;
import org.sankofa.events.internal.Events;
import org.sankofa.events.internal.ParticipantDraft;
import org.sankofa.events.internal.Participants;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Roles;
import org.sankofa.shared.ConflictException;
import org.sankofa.shared.InvalidInputException;
import org.sankofa.shared.web.FormErrors;
import org.sankofa.shared.web.FormSubmission;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The participants of an event and their attendance: a page for its organisers and administrators only (names and
 * contacts are personal data); everyone else who reads the event sees counts on the event page.
 */
@Controller
@RequestMapping("/events/{id}")
@PreAuthorize(Roles.EVENT_ORGANISERS)
class ParticipantController {

    private final Events events;
    private final Participants participants;
    private final org.springframework.context.MessageSource messages;
    private final Certificates certificates;
    private final CertificatePdf certificatePdf;
    private final org.sankofa.events.internal.SignInSheetTemplate sheetTemplate;

    ParticipantController(Events events, Participants participants,
            org.springframework.context.MessageSource messages, Certificates certificates,
            CertificatePdf certificatePdf, org.sankofa.events.internal.SignInSheetTemplate sheetTemplate) {
        this.sheetTemplate = sheetTemplate;
        this.events = events;
        this.participants = participants;
        this.messages = messages;
        this.certificates = certificates;
        this.certificatePdf = certificatePdf;
    }

    /** A participant's certificate of attendance; without attendance, the page again with a message (409). */
    @GetMapping("/participants/{participantId}/certificate.pdf")
    ModelAndView certificate(@PathVariable EventId id, @PathVariable long participantId,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response) {
        return certificates(id, user, model, response, () -> certificates.of(id, participantId, user),
                "certificate-" + id + "-" + participantId + ".pdf");
    }

    /** The certificates of everyone who attended, a page each; when nobody attended, the page with a message. */
    @GetMapping("/certificates.pdf")
    ModelAndView allCertificates(@PathVariable EventId id, @AuthenticationPrincipal CurrentUser user, Model model,
            HttpServletResponse response) {
        return certificates(id, user, model, response, () -> certificates.all(id, user), "certificates-" + id + ".pdf");
    }

    private ModelAndView certificates(EventId id, CurrentUser user, Model model, HttpServletResponse response,
            java.util.function.Supplier<Certificates.Certificate> certificate, String filename) {
        Event event = events.editable(id, user);
        try {
            byte[] document = certificatePdf.write(certificate.get(), LocaleContextHolder.getLocale());
            return new ModelAndView(CertificatePdf.view(document, filename));
        } catch (ConflictException noAttendance) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return new ModelAndView(page(event, user, model, ParticipantForm.empty(), null, Map.of(),
                    noAttendance.messageKey(), null));
        }
    }

    /** A problem of a sign-in sheet, in the reader's language. */
    record SheetProblem(int row, String column, String message) {
    }

    @PostMapping("/participants/import")
    String importSheet(@PathVariable EventId id,
            @org.springframework.web.bind.annotation.RequestParam(required = false)
            org.springframework.web.multipart.MultipartFile file, @AuthenticationPrincipal CurrentUser user,
            Model model, HttpServletResponse response, RedirectAttributes redirect) throws java.io.IOException {
        Event event = events.editable(id, user);
        byte[] content = file == null ? new byte[0]
                : file.getSize() > org.sankofa.events.internal.SignInSheet.MAX_BYTES ? new byte[0] : file.getBytes();
        try {
            if (file != null && file.getSize() > org.sankofa.events.internal.SignInSheet.MAX_BYTES) {
                throw org.sankofa.events.internal.SignInSheet.tooLarge();
            }
            Participants.Imported imported = participants.importSheet(id, content, user);
            redirect.addFlashAttribute("importAdded", imported.added());
            redirect.addFlashAttribute("importRecognised", imported.recognised());
            redirect.addFlashAttribute("message", "event.import.done");
            return "redirect:/events/" + id + "/participants";
        } catch (org.sankofa.events.internal.SignInSheet.Rejected rejected) {
            response.setStatus(org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT.value());
            java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
            model.addAttribute("sheetProblems", rejected.problems().stream().map(p -> new SheetProblem(p.row(),
                    p.column(), messages.getMessage(p.messageKey(), null, p.messageKey(), locale))).toList());
            return page(event, user, model, ParticipantForm.empty(), null, Map.of(), "event.import.rejected",
                    "import");
        }
    }

    /** The fields of the form that adds a participant. */
    record ParticipantForm(String name, String organisation, String country, String institutionType, String sex,
            String contact) {

        static ParticipantForm empty() {
            return new ParticipantForm("", "", "", "", "", "");
        }

        ParticipantDraft draft(FormErrors read) {
            String code = country == null || country.isBlank() ? null : country.strip().toUpperCase(java.util.Locale.ROOT);
            if (code != null && !code.matches("[A-Z]{2}")) {
                read.reject("country", EventForm.CHOICE);
                code = null;
            }
            return new ParticipantDraft(name, organisation, code,
                    read.choice("institutionType", institutionType, InstitutionType.class, EventForm.CHOICE),
                    read.choice("sex", sex, ParticipantSex.class, EventForm.CHOICE), contact);
        }
    }

    /** A participant's pre- and post-test scores, in percent. */
    record ScoreForm(String preScore, String postScore) {
    }

    /** The day whose attendance is recorded and the participants present. */
    record AttendanceForm(String day, List<String> present) {
    }

    @GetMapping("/participants")
    String page(@PathVariable EventId id, @AuthenticationPrincipal CurrentUser user, Model model) {
        return page(events.editable(id, user), user, model, ParticipantForm.empty(), null, Map.of(), null, null);
    }

    @PostMapping("/participants")
    String add(@PathVariable EventId id, @ModelAttribute ParticipantForm form, @AuthenticationPrincipal CurrentUser user,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Event event = events.editable(id, user);
        FormErrors read = new FormErrors();
        ParticipantDraft draft = form.draft(read);
        if (!read.ok()) {
            // explain every wrong field at once: the rules too, on what could be read
            try {
                participants.check(draft);
            } catch (InvalidInputException refused) {
                refused.fieldErrors().forEach(read::reject);
            }
        }
        return FormSubmission.submit(read, response, () -> {
            participants.add(id, draft, user);
            redirect.addFlashAttribute("message", "event.participant.added");
            return "redirect:/events/" + id + "/participants";
        }, (errors, alert) -> page(event, user, model, form, null, errors, alert, "participant"));
    }

    @PostMapping("/participants/{participantId}/delete")
    String remove(@PathVariable EventId id, @PathVariable long participantId,
            @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        participants.remove(id, participantId, user);
        redirect.addFlashAttribute("message", "event.participant.removed");
        return "redirect:/events/" + id + "/participants";
    }

    @PostMapping("/participants/{participantId}/scores")
    String scores(@PathVariable EventId id, @PathVariable long participantId, @ModelAttribute ScoreForm form,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Event event = events.editable(id, user);
        FormErrors read = new FormErrors();
        java.math.BigDecimal pre = read.decimal("preScore", form.preScore(), "event.score.range");
        java.math.BigDecimal post = read.decimal("postScore", form.postScore(), "event.score.range");
        return FormSubmission.submit(read, response, () -> {
            participants.score(id, participantId, pre, post, user);
            redirect.addFlashAttribute("message", "event.score.recorded");
            return "redirect:/events/" + id + "/participants#participant-" + participantId;
        }, (errors, alert) -> {
            model.addAttribute("scoreOf", participantId);
            return page(event, user, model, ParticipantForm.empty(), null, errors, alert, "scores");
        });
    }

    @PostMapping("/attendance")
    String attendance(@PathVariable EventId id, @ModelAttribute AttendanceForm form,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Event event = events.editable(id, user);
        FormErrors read = new FormErrors();
        LocalDate day = read.date("day", form.day(), EventForm.DATE);
        List<Long> present = new ArrayList<>();
        for (String value : form.present() == null ? List.<String>of() : form.present()) {
            Long participant = read.id("present", value, "event.attendance.unknown");
            if (participant != null) {
                present.add(participant);
            }
        }
        return FormSubmission.submit(read, response, () -> {
            participants.recordDay(id, day, present, user);
            redirect.addFlashAttribute("message", "event.attendance.recorded");
            return "redirect:/events/" + id + "/participants#attendance";
        }, (errors, alert) -> page(event, user, model, ParticipantForm.empty(), form, errors, alert, "attendance"));
    }

    private String page(Event event, CurrentUser user, Model model, ParticipantForm form, AttendanceForm attendance,
            Map<String, String> errors, String alert, String errorForm) {
        model.addAttribute("event", event);
        List<org.sankofa.events.internal.Participant> list = participants.of(event.eventId(), user);
        model.addAttribute("participants", list);
        model.addAttribute("attended", list.stream().filter(p -> !p.days().isEmpty()).count());
        model.addAttribute("days", Participants.days(event));
        model.addAttribute("form", form);
        model.addAttribute("attendance", attendance);
        model.addAttribute("errors", errors);
        model.addAttribute("alert", alert);
        model.addAttribute("errorForm", errorForm);
        model.addAttribute("institutions", InstitutionType.values());
        model.addAttribute("sheetInstitutions", sheetTemplate.institutions(LocaleContextHolder.getLocale()));
        model.addAttribute("sheetSexes", sheetTemplate.sexes(LocaleContextHolder.getLocale()));
        model.addAttribute("sexes", ParticipantSex.values());
        return "events/participants";
    }
}
