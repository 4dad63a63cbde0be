package org.sankofa.cases.journey.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sankofa.cases.CaseId;
import org.sankofa.cases.journey.internal.followup.FollowUps;
import org.sankofa.cases.journey.internal.reintegration.Reintegration;
import org.sankofa.cases.journey.internal.reintegration.ReintegrationComponent;
import org.sankofa.cases.journey.internal.returns.ChecklistItem;
import org.sankofa.cases.journey.internal.returns.ComponentStatus;
import org.sankofa.cases.journey.internal.returns.DocumentKind;
import org.sankofa.cases.journey.internal.returns.ReturnPlans;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Roles;
import org.sankofa.shared.NotFoundException;
import org.sankofa.shared.web.Created;
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

/**
 * The journey home of a case: return plan (documents, checklist, departure, arrival), reintegration plan and
 * follow-up visits; the tasks of the signed-in case worker or supervisor. The same use-case classes as the pages
 * enforce every rule (a child's return needs an approved RETURN_TO_FAMILY determination).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Return and reintegration", description = "Return plan, handover, reintegration plan, follow-up visits and tasks")
@PreAuthorize(Roles.CASE_STAFF)
class ReturnApiController {

    private final ReturnPlans plans;
    private final Reintegration reintegration;
    private final FollowUps followUps;

    ReturnApiController(ReturnPlans plans, Reintegration reintegration, FollowUps followUps) {
        this.plans = plans;
        this.reintegration = reintegration;
        this.followUps = followUps;
    }

    record PlanBody(String destinationCountry, Long receivingOfficeId, LocalDate travelDate, String route,
            String escort, String programme, BigDecimal cost, String currency) {
    }

    record ReturnState(ReturnPlans.Plan plan, List<ReturnPlans.Document> documents) {
    }

    record DocumentBody(DocumentKind kind, String issuingAuthority, LocalDate requestedOn) {
    }

    record IssueBody(LocalDate issuedOn) {
    }

    record ChecklistBody(Set<ChecklistItem> done) {
    }

    record DepartureBody(LocalDate departedOn) {
    }

    record ArrivalBody(LocalDate arrivedOn, String place, String personsPresent) {
    }

    record ComponentBody(ReintegrationComponent component, Long providerOrgId, BigDecimal budget, String currency) {
    }

    record DisbursementBody(BigDecimal amount, LocalDate paidOn) {
    }

    record StatusBody(ComponentStatus status) {
    }

    record VisitBody(LocalDate visitedOn, String findings, Integer economicScore, Integer socialScore,
            Integer psychosocialScore, String riskLevel) {
    }

    @GetMapping("/cases/{caseId}/return")
    @Operation(summary = "The return plan of a case with its travel and identity documents (404 when none)")
    ReturnState plan(@PathVariable CaseId caseId, @AuthenticationPrincipal CurrentUser user) {
        ReturnPlans.Plan plan = plans.plan(user, caseId).orElseThrow(() -> new NotFoundException("return plan"));
        return new ReturnState(plan, plans.documents(user, caseId));
    }

    @PutMapping("/cases/{caseId}/return")
    @Operation(summary = "Plan (or re-plan before departure) the return; a child's needs an approved RETURN_TO_FAMILY determination (422 otherwise)")
    ResponseEntity<Created> savePlan(@PathVariable CaseId caseId, @RequestBody PlanBody body,
            @AuthenticationPrincipal CurrentUser user) {
        long id = plans.save(user, caseId, new ReturnPlans.PlanInput(body.destinationCountry(),
                body.receivingOfficeId(), body.travelDate(), body.route(), body.escort(), body.programme(),
                body.cost(), body.currency()));
        return ResponseEntity.ok(new Created(id));
    }

    @PostMapping("/cases/{caseId}/return/documents")
    @Operation(summary = "Request a travel or identity document (status REQUESTED)")
    ResponseEntity<Created> addDocument(@PathVariable CaseId caseId, @RequestBody DocumentBody body,
            @AuthenticationPrincipal CurrentUser user) {
        long id = plans.addDocument(user, caseId, new ReturnPlans.DocumentInput(body.kind(), body.issuingAuthority(),
                body.requestedOn()));
        return Created.in("/api/v1/cases/" + caseId + "/return/documents", id);
    }

    @PostMapping("/cases/{caseId}/return/documents/{documentId}/issue")
    @Operation(summary = "Record that a requested document was issued")
    ResponseEntity<Void> issueDocument(@PathVariable CaseId caseId, @PathVariable long documentId,
            @RequestBody IssueBody body, @AuthenticationPrincipal CurrentUser user) {
        plans.issueDocument(user, caseId, documentId, body.issuedOn());
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/cases/{caseId}/return/checklist")
    @Operation(summary = "Set the pre-departure checklist items that are done")
    ResponseEntity<Void> checklist(@PathVariable CaseId caseId, @RequestBody ChecklistBody body,
            @AuthenticationPrincipal CurrentUser user) {
        plans.checklist(user, caseId, body.done() == null ? EnumSet.noneOf(ChecklistItem.class) : body.done());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/cases/{caseId}/return/departure")
    @Operation(summary = "The sending office records the departure (checklist complete, documents issued)")
    ResponseEntity<Void> depart(@PathVariable CaseId caseId, @RequestBody DepartureBody body,
            @AuthenticationPrincipal CurrentUser user) {
        plans.depart(user, caseId, body.departedOn());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/cases/{caseId}/return/arrival")
    @Operation(summary = "The receiving office named in the plan (else the owning office) confirms the arrival (date, place, persons present); schedules the follow-up visits")
    ResponseEntity<Void> arrive(@PathVariable CaseId caseId, @RequestBody ArrivalBody body,
            @AuthenticationPrincipal CurrentUser user) {
        plans.arrive(user, caseId, new ReturnPlans.Arrival(body.arrivedOn(), body.place(), body.personsPresent()));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/cases/{caseId}/handover")
    @Operation(summary = "The handover of a returned case, for the offices of its return: owner, sending and receiving office")
    ReturnPlans.Handover handover(@PathVariable CaseId caseId, @AuthenticationPrincipal CurrentUser user) {
        return plans.handover(user, caseId);
    }

    @GetMapping("/handovers")
    @Operation(summary = "Returns to receive in the caller's office (plans naming it or cases transferred to it, not yet arrived)")
    List<ReturnPlans.Handover> incoming(@AuthenticationPrincipal CurrentUser user) {
        return plans.incoming(user);
    }

    @GetMapping("/cases/{caseId}/reintegration")
    @Operation(summary = "The reintegration plan: components with provider, budget, disbursed amount and status")
    List<Reintegration.Component> components(@PathVariable CaseId caseId, @AuthenticationPrincipal CurrentUser user) {
        return reintegration.components(user, caseId);
    }

    @PostMapping("/cases/{caseId}/reintegration")
    @Operation(summary = "Add a component to the reintegration plan")
    ResponseEntity<Created> addComponent(@PathVariable CaseId caseId, @RequestBody ComponentBody body,
            @AuthenticationPrincipal CurrentUser user) {
        long id = reintegration.add(user, caseId, new Reintegration.ComponentInput(body.component(),
                body.providerOrgId(), body.budget(), body.currency()));
        return Created.in("/api/v1/cases/" + caseId + "/reintegration", id);
    }

    @PostMapping("/cases/{caseId}/reintegration/{componentId}/disbursements")
    @Operation(summary = "Record a disbursement; the sum of disbursements may not exceed the budget (422)")
    ResponseEntity<Created> disburse(@PathVariable CaseId caseId, @PathVariable long componentId,
            @RequestBody DisbursementBody body, @AuthenticationPrincipal CurrentUser user) {
        long id = reintegration.disburse(user, caseId, componentId, body.amount(), body.paidOn());
        return Created.in("/api/v1/cases/" + caseId + "/reintegration/" + componentId + "/disbursements", id);
    }

    @PutMapping("/cases/{caseId}/reintegration/{componentId}/status")
    @Operation(summary = "Change the status of a component")
    ResponseEntity<Void> status(@PathVariable CaseId caseId, @PathVariable long componentId,
            @RequestBody StatusBody body, @AuthenticationPrincipal CurrentUser user) {
        reintegration.status(user, caseId, componentId, body.status());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/cases/{caseId}/follow-ups")
    @Operation(summary = "Follow-up visits scheduled after the return, with findings and assessments")
    List<FollowUps.Visit> visits(@PathVariable CaseId caseId, @AuthenticationPrincipal CurrentUser user) {
        return followUps.visits(user, caseId);
    }

    @PostMapping("/cases/{caseId}/follow-ups/{visitId}")
    @Operation(summary = "Record a visit: findings, sustainability scores (1-5) and re-trafficking risk")
    ResponseEntity<Void> recordVisit(@PathVariable CaseId caseId, @PathVariable long visitId,
            @RequestBody VisitBody body, @AuthenticationPrincipal CurrentUser user) {
        followUps.record(user, caseId, visitId, new FollowUps.VisitInput(body.visitedOn(), body.findings(),
                body.economicScore(), body.socialScore(), body.psychosocialScore(), body.riskLevel()));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/tasks")
    @Operation(summary = "Follow-up visits due within 30 days or overdue in the caller's office (overdue=true: overdue only)")
    List<FollowUps.Task> tasks(@RequestParam(defaultValue = "false") boolean overdue,
            @AuthenticationPrincipal CurrentUser user) {
        return followUps.tasks(user, overdue);
    }
}
