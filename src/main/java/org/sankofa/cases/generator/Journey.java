package org.sankofa.cases.generator;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The journey home of one generated case (full detail): best interests (children), family tracing, the transfer to
 * the office of the country of origin, the return and its documents, the reintegration with its disbursements, the
 * follow-up visits with their overdue alerts, and a child's closure request. Text fields are already encrypted; the
 * codes are those of the application's lists (bestinterests and journey modules, checked by the generator's tests).
 *
 * @param ownerOfficeId the office that owns the case now: the office of origin after an accepted transfer, else null
 *                      (the identifying office)
 * @param status        the case's status now that its journey is known (FollowUp after an arrival), or null to keep
 */
record Journey(List<BiAssessment> assessments, List<BiDetermination> determinations, List<TracingRequest> tracing,
        List<Transfer> transfers, ReturnPlan plan, List<ReturnDocument> documents, List<Component> components,
        List<Visit> visits, List<ClosureRequest> closureRequests, List<CaseGenerator.Consent> consents,
        Long ownerOfficeId, String status) {

    static final Journey NONE = new Journey(List.of(), List.of(), List.of(), List.of(), null, List.of(), List.of(),
            List.of(), List.of(), List.of(), null, null);

    /** A best-interests assessment; {@code by} is the case worker (null where the office has no demo one). */
    record BiAssessment(LocalDate on, Long by, String summary) {
    }

    /** A determination of assessment {@code assessment} (index in {@link #assessments}); decided unless REQUESTED. */
    record BiDetermination(int assessment, String decision, String status, String reasons, Long requestedBy,
            OffsetDateTime requestedAt, Long decidedBy, OffsetDateTime decidedAt, String decisionNote) {
    }

    record TracingRequest(long fromOfficeId, long toOfficeId, String status, String familyNames, String village,
            String region, String languages, Long requestedBy, OffsetDateTime requestedAt, String assessment,
            Long assessedBy, OffsetDateTime assessedAt) {
    }

    record Transfer(long fromOfficeId, long toOfficeId, String status, String reason, Long requestedBy,
            OffsetDateTime requestedAt, Long decidedBy, OffsetDateTime decidedAt, String decisionNote) {
    }

    record ReturnPlan(String destinationCountry, Long receivingOfficeId, LocalDate travelDate, String route,
            String escort, String programme, Long cost, String currency, List<String> checklist, String status,
            LocalDate departedOn, Long departureRecordedBy, LocalDate arrivedOn, String arrivalPlace,
            String arrivalPersons, Long arrivalConfirmedBy, Long plannedBy, OffsetDateTime plannedAt) {
    }

    record ReturnDocument(String kind, String status, String issuingAuthority, LocalDate requestedOn,
            LocalDate issuedOn, Long recordedBy) {
    }

    record Component(String component, long providerOrgId, long budget, String currency, String status,
            Long recordedBy, OffsetDateTime recordedAt, List<Disbursement> disbursements) {
    }

    record Disbursement(long amount, LocalDate paidOn, Long recordedBy) {
    }

    /** A follow-up visit; {@code alertRaisedAt} is set when it went overdue while the case was open. */
    record Visit(int monthsAfterReturn, LocalDate dueOn, LocalDate visitedOn, String findings, Integer economic,
            Integer social, Integer psychosocial, String riskLevel, Long recordedBy, OffsetDateTime alertRaisedAt) {
    }

    record ClosureRequest(String reason, String note, boolean followUpsDone, Long requestedBy,
            OffsetDateTime requestedAt, Long decidedBy, OffsetDateTime decidedAt) {
    }
}
