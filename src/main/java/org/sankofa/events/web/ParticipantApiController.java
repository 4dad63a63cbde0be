package org.sankofa.events.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.sankofa.events.EventId;
import org.sankofa.events.InstitutionType;
import org.sankofa.events.ParticipantSex;
import org.sankofa.events.internal.Participant;
import org.sankofa.events.internal.ParticipantDraft;
import org.sankofa.events.internal.ParticipantFigures;
import org.sankofa.events.internal.Participants;
import org.sankofa.events.internal.TestTopics;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Roles;
import org.sankofa.shared.web.Created;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/events/{id}")
@Tag(name = "Events")
class ParticipantApiController {

    private final Participants participants;
    private final org.sankofa.events.internal.Certificates certificates;
    private final CertificatePdf certificatePdf;
    private final TestTopics topics;

    ParticipantApiController(Participants participants, org.sankofa.events.internal.Certificates certificates,
            CertificatePdf certificatePdf, TestTopics topics) {
        this.topics = topics;
        this.participants = participants;
        this.certificates = certificates;
        this.certificatePdf = certificatePdf;
    }

    @GetMapping("/participants/{participantId}/certificate.pdf")
    @PreAuthorize(Roles.EVENT_ORGANISERS)
    @Operation(summary = "A participant's certificate of attendance as a PDF (A4, in the caller's language: the event, "
            + "its organisers, the days attended); 409 when they attended no day. Organisers and administrators only")
    ResponseEntity<byte[]> certificate(@PathVariable EventId id, @PathVariable long participantId,
            @AuthenticationPrincipal CurrentUser user) {
        return CertificatePdf.response(certificatePdf.write(certificates.of(id, participantId, user),
                org.springframework.context.i18n.LocaleContextHolder.getLocale()),
                "certificate-" + id + "-" + participantId + ".pdf");
    }

    @GetMapping("/certificates.pdf")
    @PreAuthorize(Roles.EVENT_ORGANISERS)
    @Operation(summary = "The certificates of attendance of every participant who attended at least one day, a page "
            + "each (PDF); 409 when nobody attended. Organisers and administrators only")
    ResponseEntity<byte[]> certificates(@PathVariable EventId id, @AuthenticationPrincipal CurrentUser user) {
        return CertificatePdf.response(certificatePdf.write(certificates.all(id, user),
                org.springframework.context.i18n.LocaleContextHolder.getLocale()), "certificates-" + id + ".pdf");
    }

    /** A participant: personal data, read and written only by the event's organisers and administrators. */
    record ParticipantBody(@NotBlank @Size(max = 200) String name, @Size(max = 200) String organisation,
            @Pattern(regexp = "^[A-Z]{2}$") String country, @NotNull InstitutionType institutionType,
            @NotNull ParticipantSex sex, @Size(max = 200) String contact) {
    }

    /**
     * A participant's pre- and post-test scores in percent (0 to 100), overall and on the topics listed (by the
     * topic's id; a topic left out keeps its scores); any score may be null.
     */
    record ScoresBody(java.math.BigDecimal preScore, java.math.BigDecimal postScore,
            @Size(max = 20) List<@Valid @NotNull TopicScoreBody> topics) {
    }

    /** The scores on one question topic of the test. */
    record TopicScoreBody(@NotNull Long topic, java.math.BigDecimal preScore, java.math.BigDecimal postScore) {
    }

    /** A question topic of the event's tests. */
    record TopicBody(@NotBlank @Size(max = 120) String name) {
    }

    /** Who attended on one of the event's days: the participants present (the others are absent that day). */
    record DayBody(@NotNull LocalDate day, @NotNull @Size(max = 5000) List<@NotNull Long> present) {
    }

    /** A participant's attendance. */
    record Attendance(long participant, List<LocalDate> days) {
    }

    @GetMapping("/participants")
    @PreAuthorize(Roles.EVENT_ORGANISERS)
    @Operation(summary = "The event's participants with the days they attended (its organisers and administrators "
            + "only: personal data)")
    List<Participant> list(@PathVariable EventId id, @AuthenticationPrincipal CurrentUser user) {
        return participants.of(id, user);
    }

    @PostMapping("/participants")
    @PreAuthorize(Roles.EVENT_ORGANISERS)
    @Operation(summary = "Add a participant to an event of the organiser's organisation")
    ResponseEntity<Created> add(@PathVariable EventId id, @Valid @RequestBody ParticipantBody body,
            @AuthenticationPrincipal CurrentUser user) {
        long participant = participants.add(id, new ParticipantDraft(body.name(), body.organisation(), body.country(),
                body.institutionType(), body.sex(), body.contact()), user);
        return Created.in("/api/v1/events/" + id + "/participants", participant);
    }

    @DeleteMapping("/participants/{participantId}")
    @PreAuthorize(Roles.EVENT_ORGANISERS)
    @Operation(summary = "Remove a participant and their attendance")
    ResponseEntity<Void> remove(@PathVariable EventId id, @PathVariable long participantId,
            @AuthenticationPrincipal CurrentUser user) {
        participants.remove(id, participantId, user);
        return ResponseEntity.noContent().build();
    }

    @org.springframework.web.bind.annotation.PutMapping("/participants/{participantId}/scores")
    @PreAuthorize(Roles.EVENT_ORGANISERS)
    @Operation(summary = "Record a participant's pre- and post-test scores, overall and per question topic (percent, "
            + "0 to 100; 422 outside, or for a topic that is not one of the event's)")
    ResponseEntity<Void> scores(@PathVariable EventId id, @PathVariable long participantId,
            @Valid @RequestBody ScoresBody body, @AuthenticationPrincipal CurrentUser user) {
        topics.score(id, participantId, body.preScore(), body.postScore(), body.topics() == null ? List.of()
                : body.topics().stream().map(t -> new TestTopics.TopicScore(t.topic(), t.preScore(), t.postScore()))
                        .toList(), user);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/topics")
    @PreAuthorize(Roles.EVENT_READERS)
    @Operation(summary = "The question topics of the event's tests with the improvement on each: how many were tested "
            + "before and after, the average scores and the difference in points (everyone who reads the event; "
            + "never a name)")
    List<TestTopics.TopicFigures> topics(@PathVariable EventId id, @AuthenticationPrincipal CurrentUser user) {
        return topics.figures(id, user);
    }

    @PostMapping("/topics")
    @PreAuthorize(Roles.EVENT_ORGANISERS)
    @Operation(summary = "Add a question topic to the event's tests (422 for a name already used)")
    ResponseEntity<Created> addTopic(@PathVariable EventId id, @Valid @RequestBody TopicBody body,
            @AuthenticationPrincipal CurrentUser user) {
        return Created.in("/api/v1/events/" + id + "/topics", topics.add(id, body.name(), user));
    }

    @DeleteMapping("/topics/{topicId}")
    @PreAuthorize(Roles.EVENT_ORGANISERS)
    @Operation(summary = "Remove a question topic and its scores")
    ResponseEntity<Void> removeTopic(@PathVariable EventId id, @PathVariable long topicId,
            @AuthenticationPrincipal CurrentUser user) {
        topics.remove(id, topicId, user);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/participants/import")
    @PreAuthorize(Roles.EVENT_ORGANISERS)
    @Operation(summary = "Import a sign-in sheet (multipart field 'file', CSV or XLSX, at most 2 MB): all or nothing, a 422 listing every "
            + "problem by row and column; people already registered are recognised, not added again")
    Participants.Imported importSheet(@PathVariable EventId id,
            @org.springframework.web.bind.annotation.RequestParam(required = false)
            org.springframework.web.multipart.MultipartFile file, @AuthenticationPrincipal CurrentUser user)
            throws java.io.IOException {
        if (file != null && file.getSize() > org.sankofa.events.internal.SignInSheet.MAX_BYTES) {
            throw org.sankofa.events.internal.SignInSheet.tooLarge();
        }
        // no file: an empty sheet, refused (422) once the event is found and the caller may change it
        return participants.importSheet(id, file == null ? new byte[0] : file.getBytes(), user);
    }

    @GetMapping("/attendance")
    @PreAuthorize(Roles.EVENT_ORGANISERS)
    @Operation(summary = "Each participant's days of attendance (organisers and administrators)")
    List<Attendance> attendance(@PathVariable EventId id, @AuthenticationPrincipal CurrentUser user) {
        return participants.of(id, user).stream().map(p -> new Attendance(p.id(), p.days())).toList();
    }

    @PostMapping("/attendance")
    @PreAuthorize(Roles.EVENT_ORGANISERS)
    @Operation(summary = "Record who attended on one of the event's days (422 for a day outside the event)")
    ResponseEntity<Void> recordDay(@PathVariable EventId id, @Valid @RequestBody DayBody body,
            @AuthenticationPrincipal CurrentUser user) {
        participants.recordDay(id, body.day(), body.present(), user);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/figures")
    @PreAuthorize(Roles.EVENT_READERS)
    @Operation(summary = "Counts of the event's participants by sex and institution type, and attendance per day "
            + "(everyone who reads the event; never a name)")
    ParticipantFigures figures(@PathVariable EventId id, @AuthenticationPrincipal CurrentUser user) {
        return participants.figures(id, user);
    }
}
