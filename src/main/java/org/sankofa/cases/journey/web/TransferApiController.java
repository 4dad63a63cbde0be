package org.sankofa.cases.journey.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sankofa.cases.CaseId;
import org.sankofa.cases.journey.internal.tracing.Tracing;
import org.sankofa.cases.journey.internal.tracing.TracingStatus;
import org.sankofa.cases.journey.internal.transfer.Transfers;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Roles;
import org.sankofa.shared.web.Created;
import org.sankofa.shared.web.Decision;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Family tracing requests and cross-border transfers of a case. The rules (consent, who may answer, one answer
 * only) are those of the pages: they live in {@link Tracing} and {@link Transfers}.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Case tracing and transfer", description = "Family tracing requests to the country of origin and the cross-border transfer of a case")
class TransferApiController {

    record TracingBody(Long toOfficeId, String familyNames, String village, String region, String languages,
            Long photoAttachmentId) {
    }

    record OutcomeBody(TracingStatus outcome, String assessment) {
    }

    record TransferBody(Long toOfficeId, String reason) {
    }

    record MyTransfers(List<Transfers.Transfer> incoming, List<Transfers.Transfer> outgoing) {
    }

    private final Tracing tracing;
    private final Transfers transfers;

    TransferApiController(Tracing tracing, Transfers transfers) {
        this.tracing = tracing;
        this.transfers = transfers;
    }

    @GetMapping("/cases/{caseId}/tracing-requests")
    @PreAuthorize(Roles.CASE_STAFF)
    @Operation(summary = "The family tracing requests sent for a case")
    List<Tracing.Request> tracingOfCase(@PathVariable CaseId caseId, @AuthenticationPrincipal CurrentUser user) {
        return tracing.ofCase(user, caseId);
    }

    @PostMapping("/cases/{caseId}/tracing-requests")
    @PreAuthorize(Roles.CASE_STAFF)
    @Operation(summary = "Send a family tracing request to an office in the country of origin (owning office only)")
    ResponseEntity<Created> requestTracing(@PathVariable CaseId caseId, @RequestBody(required = false) TracingBody body,
            @AuthenticationPrincipal CurrentUser user) {
        TracingBody b = body == null ? new TracingBody(null, null, null, null, null, null) : body;
        long id = tracing.request(user, caseId,
                new Tracing.NewRequest(b.toOfficeId(), b.familyNames(), b.village(), b.region(), b.languages(),
                        b.photoAttachmentId()));
        return Created.in("/api/v1/tracing-requests", id);
    }

    @GetMapping("/tracing-requests")
    @PreAuthorize(Roles.CASE_STAFF)
    @Operation(summary = "The tracing requests sent to my office (the origin office), without identifying data")
    List<Tracing.Summary> tracingToMyOffice(@AuthenticationPrincipal CurrentUser user) {
        return tracing.toMyOffice(user);
    }

    @GetMapping("/tracing-requests/{requestId}/photo")
    @PreAuthorize(Roles.CASE_STAFF)
    @Operation(summary = "The photo of the child a tracing request carries, while cross-border sharing is consented (audited)")
    ResponseEntity<byte[]> tracingPhoto(@PathVariable long requestId, @AuthenticationPrincipal CurrentUser user) {
        return TracingController.image(tracing.photo(user, requestId));
    }

    @GetMapping("/tracing-requests/{requestId}")
    @PreAuthorize(Roles.CASE_STAFF)
    @Operation(summary = "One tracing request (for the origin office or the case's office; audited)")
    Tracing.Request tracingRequest(@PathVariable long requestId, @AuthenticationPrincipal CurrentUser user) {
        return tracing.get(user, requestId);
    }

    @PostMapping("/tracing-requests/{requestId}/outcome")
    @PreAuthorize(Roles.CASE_STAFF)
    @Operation(summary = "Record the outcome (FAMILY_FOUND, NOT_FOUND, UNSAFE_TO_RETURN) and the family assessment (origin office only, once)")
    ResponseEntity<Void> outcome(@PathVariable long requestId, @RequestBody(required = false) OutcomeBody body,
            @AuthenticationPrincipal CurrentUser user) {
        OutcomeBody b = body == null ? new OutcomeBody(null, null) : body;
        tracing.recordOutcome(user, requestId, b.outcome(), b.assessment());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/cases/{caseId}/transfers")
    @PreAuthorize(Roles.CASE_STAFF)
    @Operation(summary = "The transfers of a case")
    List<Transfers.Transfer> transfersOfCase(@PathVariable CaseId caseId, @AuthenticationPrincipal CurrentUser user) {
        return transfers.ofCase(user, caseId);
    }

    @PostMapping("/cases/{caseId}/transfers")
    @PreAuthorize(Roles.SUPERVISORS)
    @Operation(summary = "Request the transfer of a case to an office in another country (supervisor of the owning office; needs an active CROSS_BORDER_SHARING consent)")
    ResponseEntity<Created> requestTransfer(@PathVariable CaseId caseId, @RequestBody(required = false) TransferBody body,
            @AuthenticationPrincipal CurrentUser user) {
        TransferBody b = body == null ? new TransferBody(null, null) : body;
        long id = transfers.request(user, caseId, b.toOfficeId(), b.reason());
        return Created.in("/api/v1/cases/" + caseId + "/transfers", id);
    }

    @GetMapping("/transfers")
    @PreAuthorize(Roles.SUPERVISORS)
    @Operation(summary = "Transfers to and from my office")
    MyTransfers myTransfers(@AuthenticationPrincipal CurrentUser user) {
        return new MyTransfers(transfers.incoming(user), transfers.outgoing(user));
    }

    @PostMapping("/cases/{caseId}/transfers/{transferId}/" + Decision.OUTCOME)
    @PreAuthorize(Roles.SUPERVISORS)
    @Operation(summary = "Approve a transfer (the receiving office owns the case from then on) or reject it with a "
            + "note {\"note\": ...} (nothing changes); supervisor of the receiving office")
    ResponseEntity<Void> decide(@PathVariable CaseId caseId, @PathVariable long transferId,
            @PathVariable Decision.Outcome outcome, @RequestBody(required = false) Decision body,
            @AuthenticationPrincipal CurrentUser user) {
        transfers.decide(user, caseId, transferId, outcome, Decision.orNone(body));
        return ResponseEntity.noContent().build();
    }
}
