package org.sankofa.cases.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sankofa.cases.CaseId;
import org.sankofa.cases.ClosureReason;
import org.sankofa.cases.internal.CaseAccess;
import org.sankofa.cases.internal.CaseFacts;
import org.sankofa.cases.internal.attachments.Attachments;
import org.sankofa.cases.internal.closure.Closures;
import org.sankofa.cases.internal.consent.Consent;
import org.sankofa.cases.internal.consent.ConsentGiver;
import org.sankofa.cases.internal.consent.ConsentPurpose;
import org.sankofa.cases.internal.consent.Consents;
import org.sankofa.cases.internal.notes.Notes;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Roles;
import org.sankofa.shared.InvalidInputException;
import org.sankofa.shared.web.Created;
import org.sankofa.shared.web.Decision;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The record sub-resources of a case: consents, notes, attachments and closure. Case workers and supervisors of the
 * owning office use them.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Case record", description = "Consents, notes, attachments and closure of a case")
class CaseRecordApiController {

    private final CaseAccess cases;
    private final Consents consents;
    private final Notes notes;
    private final Attachments attachments;
    private final Closures closures;

    CaseRecordApiController(CaseAccess cases, Consents consents, Notes notes, Attachments attachments,
            Closures closures) {
        this.cases = cases;
        this.consents = consents;
        this.notes = notes;
        this.attachments = attachments;
        this.closures = closures;
    }

    record ConsentBody(ConsentPurpose purpose, ConsentGiver givenBy, LocalDate givenOn, Boolean guardianConsent,
            Boolean childAssent) {
    }

    record WithdrawalBody(LocalDate withdrawnOn) {
    }

    record NoteBody(String body) {
    }

    record ClosureBody(ClosureReason reason, String note) {
    }

    record ReopeningBody(String note) {
    }

    record ClosureState(String caseNumber, String status, LocalDate closedOn, String closureReason,
            List<Closures.ClosureEvent> history, List<Closures.ClosureRequest> requests) {
    }

    record ClosureRequested(long requestId) {
    }

    @GetMapping("/cases/{caseId}/consents")
    @PreAuthorize(Roles.CASE_STAFF)
    @Operation(summary = "Consents of a case, newest first")
    List<Consent> consents(@PathVariable CaseId caseId, @AuthenticationPrincipal CurrentUser user) {
        return consents.list(user, caseId);
    }

    @PostMapping("/cases/{caseId}/consents")
    @PreAuthorize(Roles.CASE_STAFF)
    @Operation(summary = "Record a consent; a child's needs the guardian's consent and the child's assent")
    ResponseEntity<Created> recordConsent(@PathVariable CaseId caseId, @RequestBody ConsentBody body,
            @AuthenticationPrincipal CurrentUser user) {
        long id = consents.record(user, caseId, new Consents.NewConsent(body.purpose(), body.givenBy(),
                body.givenOn(), Boolean.TRUE.equals(body.guardianConsent()), Boolean.TRUE.equals(body.childAssent())));
        return Created.in("/api/v1/cases/" + caseId + "/consents", id);
    }

    @PostMapping("/cases/{caseId}/consents/{consentId}/withdrawal")
    @PreAuthorize(Roles.CASE_STAFF)
    @Operation(summary = "Withdraw a consent on a date (not before it was given, not in the future)")
    ResponseEntity<Void> withdrawConsent(@PathVariable CaseId caseId, @PathVariable long consentId,
            @RequestBody WithdrawalBody body, @AuthenticationPrincipal CurrentUser user) {
        consents.withdraw(user, caseId, consentId, body.withdrawnOn());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/cases/{caseId}/notes")
    @PreAuthorize(Roles.CASE_STAFF)
    @Operation(summary = "Notes, newest first (a view of the case, audited)")
    List<Notes.Note> notes(@PathVariable CaseId caseId, @AuthenticationPrincipal CurrentUser user) {
        return notes.list(user, caseId);
    }

    @PostMapping("/cases/{caseId}/notes")
    @PreAuthorize(Roles.CASE_STAFF)
    @Operation(summary = "Add a note (at most 5,000 characters; stored encrypted)")
    ResponseEntity<Created> addNote(@PathVariable CaseId caseId, @RequestBody NoteBody body,
            @AuthenticationPrincipal CurrentUser user) {
        return Created.in("/api/v1/cases/" + caseId + "/notes", notes.add(user, caseId, body.body()));
    }

    @GetMapping("/cases/{caseId}/attachments")
    @PreAuthorize(Roles.CASE_STAFF)
    @Operation(summary = "Attachments (names and types; content at .../{id}/content)")
    List<Attachments.Attachment> attachments(@PathVariable CaseId caseId, @AuthenticationPrincipal CurrentUser user) {
        return attachments.list(user, caseId);
    }

    @PostMapping("/cases/{caseId}/attachments")
    @PreAuthorize(Roles.CASE_STAFF)
    @Operation(summary = "Upload a PDF, JPEG or PNG file of at most 5 MB (multipart field 'file')")
    ResponseEntity<Created> upload(@PathVariable CaseId caseId, @RequestParam(required = false) MultipartFile file,
            @AuthenticationPrincipal CurrentUser user) throws IOException {
        cases.editable(user, caseId);
        String refusal = UploadLimits.refusal(file);
        if (refusal != null) {
            throw InvalidInputException.of("file", refusal);
        }
        long id = attachments.upload(user, caseId, file.getOriginalFilename(), file.getContentType(), file.getBytes());
        return Created.in("/api/v1/cases/" + caseId + "/attachments", id);
    }

    @GetMapping("/cases/{caseId}/attachments/{attachmentId}/content")
    @PreAuthorize(Roles.CASE_STAFF)
    @Operation(summary = "Download an attachment (audited)")
    ResponseEntity<byte[]> content(@PathVariable CaseId caseId, @PathVariable long attachmentId,
            @AuthenticationPrincipal CurrentUser user) {
        Attachments.Download file = attachments.download(user, caseId, attachmentId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff").body(file.content());
    }

    @GetMapping("/cases/{caseId}/closure")
    @PreAuthorize(Roles.CASE_STAFF)
    @Operation(summary = "Whether the case is closed, and its closures and reopenings")
    ClosureState closure(@PathVariable CaseId caseId, @AuthenticationPrincipal CurrentUser user) {
        CaseFacts facts = cases.readable(user, caseId, Closures.PART);
        return new ClosureState(facts.caseNumber(), facts.status(), facts.closedOn(), facts.closureReason(),
                closures.history(user, caseId), closures.requests(user, caseId));
    }

    @PostMapping("/cases/{caseId}/closure")
    @PreAuthorize(Roles.CASE_STAFF)
    @Operation(summary = "Close the case with an HTCDS closure reason and a note (409 when already closed); "
            + "a child's case is not closed but a closure request is made (202) for a supervisor to approve")
    ResponseEntity<?> close(@PathVariable CaseId caseId, @RequestBody ClosureBody body,
            @AuthenticationPrincipal CurrentUser user) {
        Closures.Outcome outcome = closures.close(user, caseId, body.reason(), body.note());
        if (outcome.closed()) {
            return ResponseEntity.noContent().build();
        }
        return ResponseEntity.accepted().body(new ClosureRequested(outcome.requestId()));
    }

    @PostMapping("/cases/{caseId}/closure-requests/{requestId}/" + Decision.OUTCOME)
    @PreAuthorize(Roles.SUPERVISORS)
    @Operation(summary = "Approve a child's closure request (the case closes) or reject it with a note "
            + "{\"note\": ...} (a supervisor of the owning office who did not request it; 409 when already decided)")
    ResponseEntity<Void> decideClosure(@PathVariable CaseId caseId, @PathVariable long requestId,
            @PathVariable Decision.Outcome outcome, @RequestBody(required = false) Decision decision,
            @AuthenticationPrincipal CurrentUser user) {
        closures.decide(user, caseId, requestId, outcome, Decision.orNone(decision));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/cases/{caseId}/reopening")
    @PreAuthorize(Roles.CASE_STAFF)
    @Operation(summary = "Reopen a closed case (409 when it is open)")
    ResponseEntity<Void> reopen(@PathVariable CaseId caseId, @RequestBody(required = false) ReopeningBody body,
            @AuthenticationPrincipal CurrentUser user) {
        closures.reopen(user, caseId, body == null ? null : body.note());
        return ResponseEntity.noContent().build();
    }
}
