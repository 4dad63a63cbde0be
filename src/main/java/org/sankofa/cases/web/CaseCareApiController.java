package org.sankofa.cases.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sankofa.cases.ClosureReason;
import org.sankofa.cases.internal.care.Assessments;
import org.sankofa.cases.internal.care.Attachments;
import org.sankofa.cases.internal.care.CareCases;
import org.sankofa.cases.internal.care.CaseFacts;
import org.sankofa.cases.internal.care.Closures;
import org.sankofa.cases.internal.care.Consent;
import org.sankofa.cases.internal.care.ConsentGiver;
import org.sankofa.cases.internal.care.ConsentPurpose;
import org.sankofa.cases.internal.care.Consents;
import org.sankofa.cases.internal.care.Need;
import org.sankofa.cases.internal.care.NeedLevel;
import org.sankofa.cases.internal.care.Notes;
import org.sankofa.cases.internal.care.ReferralShare;
import org.sankofa.cases.internal.care.Referrals;
import org.sankofa.cases.internal.care.RiskFactor;
import org.sankofa.cases.internal.care.RiskLevel;
import org.sankofa.cases.internal.care.ServiceType;
import org.sankofa.cases.internal.care.Services;
import org.sankofa.cases.internal.care.SharedParts;
import org.sankofa.identity.CurrentUser;
import org.sankofa.shared.InvalidInputException;
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
 * The care sub-resources of a case: consents, assessments, services, referrals, notes, attachments and closure.
 * Case workers and supervisors of the owning office use them; partners only answer referrals sent to them.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Case care", description = "Consents, assessments, services, referrals, notes, attachments and closure of a case")
class CaseCareApiController {

    private static final String CASE_ROLES = "hasAnyRole('CASE_WORKER','CASE_SUPERVISOR')";

    private final CareCases cases;
    private final Consents consents;
    private final Assessments assessments;
    private final Services services;
    private final Referrals referrals;
    private final SharedParts sharedParts;
    private final Notes notes;
    private final Attachments attachments;
    private final Closures closures;

    CaseCareApiController(CareCases cases, Consents consents, Assessments assessments, Services services,
            Referrals referrals, SharedParts sharedParts, Notes notes, Attachments attachments, Closures closures) {
        this.cases = cases;
        this.consents = consents;
        this.assessments = assessments;
        this.services = services;
        this.referrals = referrals;
        this.sharedParts = sharedParts;
        this.notes = notes;
        this.attachments = attachments;
        this.closures = closures;
    }

    record ConsentBody(ConsentPurpose purpose, ConsentGiver givenBy, LocalDate givenOn, Boolean guardianConsent,
            Boolean childAssent) {
    }

    record WithdrawalBody(LocalDate withdrawnOn) {
    }

    record NeedsBody(LocalDate assessedOn, Map<Need, NeedLevel> levels, String notes) {
    }

    record RiskBody(LocalDate assessedOn, RiskLevel level, Set<RiskFactor> factors, String notes) {
    }

    record ServiceBody(ServiceType serviceType, LocalDate deliveredOn, Long providerOrgId, BigDecimal cost,
            String currency) {
    }

    record ReferralBody(Long partnerOrgId, ServiceType serviceType, Set<ReferralShare> shares, String message) {
    }

    record AnswerBody(String note) {
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

    record DecisionBody(String decisionNote) {
    }

    @GetMapping("/cases/{caseId}/consents")
    @PreAuthorize(CASE_ROLES)
    @Operation(summary = "Consents of a case, newest first")
    List<Consent> consents(@PathVariable long caseId, @AuthenticationPrincipal CurrentUser user) {
        return consents.list(user, caseId);
    }

    @PostMapping("/cases/{caseId}/consents")
    @PreAuthorize(CASE_ROLES)
    @Operation(summary = "Record a consent; a child's needs the guardian's consent and the child's assent")
    ResponseEntity<Created> recordConsent(@PathVariable long caseId, @RequestBody ConsentBody body,
            @AuthenticationPrincipal CurrentUser user) {
        long id = consents.record(user, caseId, new Consents.NewConsent(body.purpose(), body.givenBy(),
                body.givenOn(), Boolean.TRUE.equals(body.guardianConsent()), Boolean.TRUE.equals(body.childAssent())));
        return Created.in("/api/v1/cases/" + caseId + "/consents", id);
    }

    @PostMapping("/cases/{caseId}/consents/{consentId}/withdrawal")
    @PreAuthorize(CASE_ROLES)
    @Operation(summary = "Withdraw a consent on a date (not before it was given, not in the future)")
    ResponseEntity<Void> withdrawConsent(@PathVariable long caseId, @PathVariable long consentId,
            @RequestBody WithdrawalBody body, @AuthenticationPrincipal CurrentUser user) {
        consents.withdraw(user, caseId, consentId, body.withdrawnOn());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/cases/{caseId}/assessments/needs")
    @PreAuthorize(CASE_ROLES)
    @Operation(summary = "Needs assessments, newest (current) first")
    List<Assessments.NeedsAssessment> needs(@PathVariable long caseId, @AuthenticationPrincipal CurrentUser user) {
        return assessments.needsHistory(user, caseId);
    }

    @PostMapping("/cases/{caseId}/assessments/needs")
    @PreAuthorize(CASE_ROLES)
    @Operation(summary = "Assess (or reassess) the needs; history is kept")
    ResponseEntity<Created> assessNeeds(@PathVariable long caseId, @RequestBody NeedsBody body,
            @AuthenticationPrincipal CurrentUser user) {
        long id = assessments.assessNeeds(user, caseId,
                new Assessments.NewNeedsAssessment(body.assessedOn(), body.levels(), body.notes()));
        return Created.in("/api/v1/cases/" + caseId + "/assessments/needs", id);
    }

    @GetMapping("/cases/{caseId}/assessments/risk")
    @PreAuthorize(CASE_ROLES)
    @Operation(summary = "Re-trafficking risk assessments, newest (current) first")
    List<Assessments.RiskAssessment> risk(@PathVariable long caseId, @AuthenticationPrincipal CurrentUser user) {
        return assessments.riskHistory(user, caseId);
    }

    @PostMapping("/cases/{caseId}/assessments/risk")
    @PreAuthorize(CASE_ROLES)
    @Operation(summary = "Assess (or reassess) the re-trafficking risk; history is kept")
    ResponseEntity<Created> assessRisk(@PathVariable long caseId, @RequestBody RiskBody body,
            @AuthenticationPrincipal CurrentUser user) {
        long id = assessments.assessRisk(user, caseId,
                new Assessments.NewRiskAssessment(body.assessedOn(), body.level(), body.factors(), body.notes()));
        return Created.in("/api/v1/cases/" + caseId + "/assessments/risk", id);
    }

    @GetMapping("/cases/{caseId}/services")
    @PreAuthorize(CASE_ROLES)
    @Operation(summary = "Services delivered, newest first")
    List<Services.ServiceDelivered> services(@PathVariable long caseId, @AuthenticationPrincipal CurrentUser user) {
        return services.list(user, caseId);
    }

    @PostMapping("/cases/{caseId}/services")
    @PreAuthorize(CASE_ROLES)
    @Operation(summary = "Record a service delivered (cost and currency both or neither)")
    ResponseEntity<Created> recordService(@PathVariable long caseId, @RequestBody ServiceBody body,
            @AuthenticationPrincipal CurrentUser user) {
        long id = services.record(user, caseId, new Services.NewService(body.serviceType(), body.deliveredOn(),
                body.providerOrgId(), body.cost(), body.currency()));
        return Created.in("/api/v1/cases/" + caseId + "/services", id);
    }

    @GetMapping("/cases/{caseId}/referrals")
    @PreAuthorize(CASE_ROLES)
    @Operation(summary = "Referrals of a case")
    List<Referrals.Referral> referrals(@PathVariable long caseId, @AuthenticationPrincipal CurrentUser user) {
        return referrals.list(user, caseId);
    }

    @PostMapping("/cases/{caseId}/referrals")
    @PreAuthorize(CASE_ROLES)
    @Operation(summary = "Refer the person to a partner (needs an active PARTNER_SHARING consent, else 422)")
    ResponseEntity<Created> sendReferral(@PathVariable long caseId, @RequestBody ReferralBody body,
            @AuthenticationPrincipal CurrentUser user) {
        long id = referrals.send(user, caseId,
                new Referrals.NewReferral(body.partnerOrgId(), body.serviceType(), body.shares(), body.message()));
        return Created.in("/api/v1/cases/" + caseId + "/referrals", id);
    }

    @GetMapping("/referrals")
    @PreAuthorize("hasRole('PARTNER')")
    @Operation(summary = "Referrals to the partner's organisation, with only the shared parts")
    List<SharedParts.PartnerReferral> myReferrals(@AuthenticationPrincipal CurrentUser user) {
        return sharedParts.forPartner(user);
    }

    @PostMapping("/cases/{caseId}/referrals/{referralId}/accept")
    @PreAuthorize("hasRole('PARTNER')")
    @Operation(summary = "Accept a referral (partner of the receiving organisation; SENT only)")
    ResponseEntity<Void> accept(@PathVariable long caseId, @PathVariable long referralId,
            @RequestBody(required = false) AnswerBody body, @AuthenticationPrincipal CurrentUser user) {
        referrals.answer(user, caseId, referralId, Referrals.Answer.ACCEPT, body == null ? null : body.note());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/cases/{caseId}/referrals/{referralId}/decline")
    @PreAuthorize("hasRole('PARTNER')")
    @Operation(summary = "Decline a referral with a note (partner of the receiving organisation; SENT only)")
    ResponseEntity<Void> decline(@PathVariable long caseId, @PathVariable long referralId,
            @RequestBody(required = false) AnswerBody body, @AuthenticationPrincipal CurrentUser user) {
        referrals.answer(user, caseId, referralId, Referrals.Answer.DECLINE, body == null ? null : body.note());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/cases/{caseId}/referrals/{referralId}/complete")
    @PreAuthorize("hasRole('PARTNER')")
    @Operation(summary = "Complete an accepted referral (partner of the receiving organisation)")
    ResponseEntity<Void> complete(@PathVariable long caseId, @PathVariable long referralId,
            @AuthenticationPrincipal CurrentUser user) {
        referrals.answer(user, caseId, referralId, Referrals.Answer.COMPLETE, null);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/cases/{caseId}/notes")
    @PreAuthorize(CASE_ROLES)
    @Operation(summary = "Notes, newest first (a view of the case, audited)")
    List<Notes.Note> notes(@PathVariable long caseId, @AuthenticationPrincipal CurrentUser user) {
        return notes.list(user, caseId);
    }

    @PostMapping("/cases/{caseId}/notes")
    @PreAuthorize(CASE_ROLES)
    @Operation(summary = "Add a note (at most 5,000 characters; stored encrypted)")
    ResponseEntity<Created> addNote(@PathVariable long caseId, @RequestBody NoteBody body,
            @AuthenticationPrincipal CurrentUser user) {
        return Created.in("/api/v1/cases/" + caseId + "/notes", notes.add(user, caseId, body.body()));
    }

    @GetMapping("/cases/{caseId}/attachments")
    @PreAuthorize(CASE_ROLES)
    @Operation(summary = "Attachments (names and types; content at .../{id}/content)")
    List<Attachments.Attachment> attachments(@PathVariable long caseId, @AuthenticationPrincipal CurrentUser user) {
        return attachments.list(user, caseId);
    }

    @PostMapping("/cases/{caseId}/attachments")
    @PreAuthorize(CASE_ROLES)
    @Operation(summary = "Upload a PDF, JPEG or PNG file of at most 5 MB (multipart field 'file')")
    ResponseEntity<Created> upload(@PathVariable long caseId, @RequestParam(required = false) MultipartFile file,
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
    @PreAuthorize(CASE_ROLES)
    @Operation(summary = "Download an attachment (audited)")
    ResponseEntity<byte[]> content(@PathVariable long caseId, @PathVariable long attachmentId,
            @AuthenticationPrincipal CurrentUser user) {
        Attachments.Download file = attachments.download(user, caseId, attachmentId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff").body(file.content());
    }

    @GetMapping("/cases/{caseId}/closure")
    @PreAuthorize(CASE_ROLES)
    @Operation(summary = "Whether the case is closed, and its closures and reopenings")
    ClosureState closure(@PathVariable long caseId, @AuthenticationPrincipal CurrentUser user) {
        CaseFacts facts = cases.readable(user, caseId);
        return new ClosureState(facts.caseNumber(), facts.status(), facts.closedOn(), facts.closureReason(),
                closures.history(user, caseId), closures.requests(user, caseId));
    }

    @PostMapping("/cases/{caseId}/closure")
    @PreAuthorize(CASE_ROLES)
    @Operation(summary = "Close the case with an HTCDS closure reason and a note (409 when already closed); "
            + "a child's case is not closed but a closure request is made (202) for a supervisor to approve")
    ResponseEntity<?> close(@PathVariable long caseId, @RequestBody ClosureBody body,
            @AuthenticationPrincipal CurrentUser user) {
        Closures.Outcome outcome = closures.close(user, caseId, body.reason(), body.note());
        if (outcome.closed()) {
            return ResponseEntity.noContent().build();
        }
        return ResponseEntity.accepted().body(new ClosureRequested(outcome.requestId()));
    }

    @PostMapping("/cases/{caseId}/closure-requests/{requestId}/approve")
    @PreAuthorize("hasRole('CASE_SUPERVISOR')")
    @Operation(summary = "Approve a child's closure request: the case closes (a supervisor of the owning office "
            + "who did not request it; 409 when already decided)")
    ResponseEntity<Void> approveClosure(@PathVariable long caseId, @PathVariable long requestId,
            @RequestBody(required = false) DecisionBody body, @AuthenticationPrincipal CurrentUser user) {
        closures.decide(user, caseId, requestId, true, body == null ? null : body.decisionNote());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/cases/{caseId}/closure-requests/{requestId}/reject")
    @PreAuthorize("hasRole('CASE_SUPERVISOR')")
    @Operation(summary = "Reject a child's closure request with a note (a supervisor of the owning office who did "
            + "not request it; 409 when already decided)")
    ResponseEntity<Void> rejectClosure(@PathVariable long caseId, @PathVariable long requestId,
            @RequestBody(required = false) DecisionBody body, @AuthenticationPrincipal CurrentUser user) {
        closures.decide(user, caseId, requestId, false, body == null ? null : body.decisionNote());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/cases/{caseId}/reopening")
    @PreAuthorize(CASE_ROLES)
    @Operation(summary = "Reopen a closed case (409 when it is open)")
    ResponseEntity<Void> reopen(@PathVariable long caseId, @RequestBody(required = false) ReopeningBody body,
            @AuthenticationPrincipal CurrentUser user) {
        closures.reopen(user, caseId, body == null ? null : body.note());
        return ResponseEntity.noContent().build();
    }
}
