package org.sankofa.programmes.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sankofa.cases.CaseId;
import org.sankofa.identity.CurrentUser;
import org.sankofa.programmes.ProgrammeId;
import org.sankofa.programmes.internal.Enrolments;
import org.sankofa.programmes.internal.ProgrammeAccess;
import org.sankofa.shared.InvalidInputException;
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
 * A case's programmes through the API, under the same rules as its return and reintegration sections: case staff of
 * a case they may change (404 outside their scope, 403 for an office that transferred it), 422 for a bad day.
 */
@RestController
@RequestMapping("/api/v1/cases/{caseId}/programmes")
@Tag(name = "Programme enrolments", description = "The programmes a case is enrolled in, its enrolment and the day "
        + "it left one. Case workers and supervisors, for a case they may change.")
class EnrolmentApiController {

    private final Enrolments enrolments;

    EnrolmentApiController(Enrolments enrolments) {
        this.enrolments = enrolments;
    }

    record EnrolmentBody(Long programmeId, LocalDate enrolledOn) {
    }

    record LeavingBody(LocalDate leftOn) {
    }

    @GetMapping
    @PreAuthorize(ProgrammeAccess.ENROLLERS)
    @Operation(summary = "The programmes the case is enrolled in, with the day it joined each and the day it left "
            + "(null while it stays)")
    List<Enrolments.Enrolment> list(@PathVariable CaseId caseId, @AuthenticationPrincipal CurrentUser user) {
        return enrolments.of(caseId, user);
    }

    @PostMapping
    @PreAuthorize(ProgrammeAccess.ENROLLERS)
    @Operation(summary = "Enrol the case in a programme on a day (within the programme's period, not in the future, "
            + "in a country the programme covered that day: 422 otherwise; 409 when already enrolled)")
    ResponseEntity<Enrolments.Enrolment> enrol(@PathVariable CaseId caseId, @RequestBody EnrolmentBody body,
            @AuthenticationPrincipal CurrentUser user) {
        // the case first: outside the user's scope it is a 404 whatever else is wrong
        enrolments.check(caseId, user);
        if (body == null || body.programmeId() == null) {
            throw InvalidInputException.of("programmeId", "validation.required");
        }
        Enrolments.Enrolment enrolled = enrolments.enrol(ProgrammeId.of(body.programmeId()), caseId,
                body.enrolledOn(), user);
        return ResponseEntity.created(URI.create("/api/v1/cases/" + caseId + "/programmes")).body(enrolled);
    }

    @PostMapping("/{programmeId}/leaving")
    @PreAuthorize(ProgrammeAccess.ENROLLERS)
    @Operation(summary = "Record the day the case left a programme it is enrolled in (not before the enrolment, not "
            + "in the future: 422; 404 when not enrolled; 409 when a day is already recorded); what happens to the "
            + "case after that day no longer counts towards the programme")
    Enrolments.Enrolment leave(@PathVariable CaseId caseId, @PathVariable ProgrammeId programmeId,
            @RequestBody LeavingBody body, @AuthenticationPrincipal CurrentUser user) {
        return enrolments.leave(programmeId, caseId, body == null ? null : body.leftOn(), user);
    }
}
