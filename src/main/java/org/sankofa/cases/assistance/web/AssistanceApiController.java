package org.sankofa.cases.assistance.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sankofa.cases.CaseId;
import org.sankofa.cases.assistance.Need;
import org.sankofa.cases.assistance.NeedLevel;
import org.sankofa.cases.assistance.ReferralShare;
import org.sankofa.cases.assistance.RiskFactor;
import org.sankofa.cases.assistance.RiskLevel;
import org.sankofa.cases.assistance.internal.Assessments;
import org.sankofa.cases.assistance.internal.Referrals;
import org.sankofa.cases.assistance.internal.Services;
import org.sankofa.cases.assistance.internal.SharedParts;
import org.sankofa.directory.ServiceType;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Roles;
import org.sankofa.shared.web.Created;
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
 * The assistance sub-resources of a case: needs and risk assessments, services and referrals. Case workers and
 * supervisors of the owning office use them; partners only list and answer the referrals sent to them.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Case assistance", description = "Needs and risk assessments, services and referrals of a case")
class AssistanceApiController {

    private final Assessments assessments;
    private final Services services;
    private final Referrals referrals;
    private final SharedParts sharedParts;

    AssistanceApiController(Assessments assessments, Services services, Referrals referrals, SharedParts sharedParts) {
        this.assessments = assessments;
        this.services = services;
        this.referrals = referrals;
        this.sharedParts = sharedParts;
    }

    record NeedsBody(LocalDate assessedOn, Map<Need, NeedLevel> levels, String notes) {
    }

    record RiskBody(LocalDate assessedOn, RiskLevel level, Set<RiskFactor> factors, String notes) {
    }

    record ServiceBody(ServiceType serviceType, LocalDate deliveredOn, Long providerOrgId, BigDecimal cost,
            String currency) {
    }

    /** A referral; with {@code partnerServiceId} (a service of /api/v1/partners) the partner and type may be left out. */
    record ReferralBody(Long partnerOrgId, ServiceType serviceType, Set<ReferralShare> shares, String message,
            Long partnerServiceId) {
    }

    record AnswerBody(String note) {
    }

    @GetMapping("/cases/{caseId}/assessments/needs")
    @PreAuthorize(Roles.CASE_STAFF)
    @Operation(summary = "Needs assessments, newest (current) first")
    List<Assessments.NeedsAssessment> needs(@PathVariable CaseId caseId, @AuthenticationPrincipal CurrentUser user) {
        return assessments.needsHistory(user, caseId);
    }

    @PostMapping("/cases/{caseId}/assessments/needs")
    @PreAuthorize(Roles.CASE_STAFF)
    @Operation(summary = "Assess (or reassess) the needs; history is kept")
    ResponseEntity<Created> assessNeeds(@PathVariable CaseId caseId, @RequestBody NeedsBody body,
            @AuthenticationPrincipal CurrentUser user) {
        long id = assessments.assessNeeds(user, caseId,
                new Assessments.NewNeedsAssessment(body.assessedOn(), body.levels(), body.notes()));
        return Created.in("/api/v1/cases/" + caseId + "/assessments/needs", id);
    }

    @GetMapping("/cases/{caseId}/assessments/risk")
    @PreAuthorize(Roles.CASE_STAFF)
    @Operation(summary = "Re-trafficking risk assessments, newest (current) first")
    List<Assessments.RiskAssessment> risk(@PathVariable CaseId caseId, @AuthenticationPrincipal CurrentUser user) {
        return assessments.riskHistory(user, caseId);
    }

    @PostMapping("/cases/{caseId}/assessments/risk")
    @PreAuthorize(Roles.CASE_STAFF)
    @Operation(summary = "Assess (or reassess) the re-trafficking risk; history is kept")
    ResponseEntity<Created> assessRisk(@PathVariable CaseId caseId, @RequestBody RiskBody body,
            @AuthenticationPrincipal CurrentUser user) {
        long id = assessments.assessRisk(user, caseId,
                new Assessments.NewRiskAssessment(body.assessedOn(), body.level(), body.factors(), body.notes()));
        return Created.in("/api/v1/cases/" + caseId + "/assessments/risk", id);
    }

    @GetMapping("/cases/{caseId}/services")
    @PreAuthorize(Roles.CASE_STAFF)
    @Operation(summary = "Services delivered, newest first")
    List<Services.Service> services(@PathVariable CaseId caseId, @AuthenticationPrincipal CurrentUser user) {
        return services.list(user, caseId);
    }

    @PostMapping("/cases/{caseId}/services")
    @PreAuthorize(Roles.CASE_STAFF)
    @Operation(summary = "Record a service delivered (cost and currency both or neither)")
    ResponseEntity<Created> recordService(@PathVariable CaseId caseId, @RequestBody ServiceBody body,
            @AuthenticationPrincipal CurrentUser user) {
        long id = services.record(user, caseId, new Services.NewService(body.serviceType(), body.deliveredOn(),
                body.providerOrgId(), body.cost(), body.currency()));
        return Created.in("/api/v1/cases/" + caseId + "/services", id);
    }

    @GetMapping("/cases/{caseId}/referrals")
    @PreAuthorize(Roles.CASE_STAFF)
    @Operation(summary = "Referrals of a case")
    List<Referrals.Referral> referrals(@PathVariable CaseId caseId, @AuthenticationPrincipal CurrentUser user) {
        return referrals.list(user, caseId);
    }

    @PostMapping("/cases/{caseId}/referrals")
    @PreAuthorize(Roles.CASE_STAFF)
    @Operation(summary = "Refer the person to a partner (needs an active PARTNER_SHARING consent, else 422)")
    ResponseEntity<Created> sendReferral(@PathVariable CaseId caseId, @RequestBody ReferralBody body,
            @AuthenticationPrincipal CurrentUser user) {
        long id = referrals.send(user, caseId,
                new Referrals.NewReferral(body.partnerOrgId(), body.serviceType(), body.shares(), body.message(),
                        body.partnerServiceId()));
        return Created.in("/api/v1/cases/" + caseId + "/referrals", id);
    }

    @GetMapping("/referrals")
    @PreAuthorize(Roles.PARTNERS)
    @Operation(summary = "Referrals to the partner's organisation, with only the shared parts")
    List<SharedParts.PartnerReferral> myReferrals(@AuthenticationPrincipal CurrentUser user) {
        return sharedParts.forPartner(user);
    }

    @PostMapping("/cases/{caseId}/referrals/{referralId}/accept")
    @PreAuthorize(Roles.PARTNERS)
    @Operation(summary = "Accept a referral (partner of the receiving organisation; SENT only)")
    ResponseEntity<Void> accept(@PathVariable CaseId caseId, @PathVariable long referralId,
            @RequestBody(required = false) AnswerBody body, @AuthenticationPrincipal CurrentUser user) {
        referrals.answer(user, caseId, referralId, Referrals.Answer.ACCEPT, body == null ? null : body.note());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/cases/{caseId}/referrals/{referralId}/decline")
    @PreAuthorize(Roles.PARTNERS)
    @Operation(summary = "Decline a referral with a note (partner of the receiving organisation; SENT only)")
    ResponseEntity<Void> decline(@PathVariable CaseId caseId, @PathVariable long referralId,
            @RequestBody(required = false) AnswerBody body, @AuthenticationPrincipal CurrentUser user) {
        referrals.answer(user, caseId, referralId, Referrals.Answer.DECLINE, body == null ? null : body.note());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/cases/{caseId}/referrals/{referralId}/complete")
    @PreAuthorize(Roles.PARTNERS)
    @Operation(summary = "Complete an accepted referral (partner of the receiving organisation)")
    ResponseEntity<Void> complete(@PathVariable CaseId caseId, @PathVariable long referralId,
            @AuthenticationPrincipal CurrentUser user) {
        referrals.answer(user, caseId, referralId, Referrals.Answer.COMPLETE, null);
        return ResponseEntity.noContent().build();
    }

}
