package org.sankofa.matching.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Roles;
import org.sankofa.matching.internal.DuplicateCheck;
import org.sankofa.matching.internal.DuplicateReview;
import org.sankofa.matching.internal.Merges;
import org.sankofa.matching.internal.Retrafficking;
import org.springframework.web.bind.annotation.PathVariable;
import org.sankofa.shared.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/matching")
@PreAuthorize(Roles.CASE_STAFF)
@Tag(name = "Matching", description = "Finding the same person again: possible duplicates within one's office, "
        + "with the fields that agree. Only an office's case workers and supervisors (403 for others); every case "
        + "shown is audited.")
class MatchingApiController {

    /** Two cases of the office a supervisor decided are not the same person. */
    record NotSame(Long caseId, Long otherCaseId) {
    }

    /** A merge: the case that stays, the duplicate closed, and the duplicate's version as the supervisor saw it. */
    record Merge(Long survivorCaseId, Long duplicateCaseId, Integer duplicateVersion) {
    }

    /** The merge or link recorded. */
    record Merged(long id) {
    }

    /** A new case confirmed to be the same person as an earlier, closed case. */
    record Link(Long newCaseId, Long earlierCaseId) {
    }

    private final DuplicateCheck check;
    private final DuplicateReview review;
    private final Merges merges;
    private final Retrafficking retrafficking;

    MatchingApiController(DuplicateCheck check, DuplicateReview review, Merges merges, Retrafficking retrafficking) {
        this.check = check;
        this.review = review;
        this.merges = merges;
        this.retrafficking = retrafficking;
    }

    @PostMapping("/retrafficking-links")
    @PreAuthorize(Roles.SUPERVISORS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Confirm that a new case is the same person as an earlier, closed case of the office "
            + "(re-trafficking); 422 for a case with itself or a missing id, 404 outside the office, 409 when the "
            + "earlier case is open, the new one closed, or the link exists")
    Merged link(@RequestBody Link body, @AuthenticationPrincipal CurrentUser user) {
        if (body == null || body.newCaseId() == null || body.earlierCaseId() == null) {
            throw InvalidInputException.of("earlierCaseId", "matching.pair.required");
        }
        return new Merged(retrafficking.link(user, body.newCaseId(), body.earlierCaseId()));
    }

    @PostMapping("/merges")
    @PreAuthorize(Roles.SUPERVISORS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Merge two cases of the office found to be one person: the duplicate is closed as a duplicate "
            + "record, its history kept; 422 for a case with itself or a missing field, 404 outside the office, 409 "
            + "when the duplicate changed since the version given or is closed")
    Merged merge(@RequestBody Merge body, @AuthenticationPrincipal CurrentUser user) {
        if (body == null || body.survivorCaseId() == null || body.duplicateCaseId() == null
                || body.duplicateVersion() == null) {
            throw InvalidInputException.of("duplicateCaseId", "matching.merge.required");
        }
        return new Merged(merges.merge(user, body.survivorCaseId(), body.duplicateCaseId(), body.duplicateVersion()));
    }

    @PostMapping("/merges/{id}/undo")
    @PreAuthorize(Roles.SUPERVISORS)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Undo a merge of the office: the duplicate reopened; 404 outside the office, 409 when undone")
    void undo(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        merges.undo(user, id);
    }

    @GetMapping("/duplicates")
    @PreAuthorize(Roles.SUPERVISORS)
    @Operation(summary = "The supervisor's review: pairs of the office's cases that may be one person, the most likely "
            + "first, with the fields that agree and disagree; pairs decided 'not the same person' are never proposed "
            + "again")
    List<DuplicateReview.Pair> duplicates(@AuthenticationPrincipal CurrentUser user) {
        return review.pairs(user);
    }

    @PostMapping("/duplicates/not-same")
    @PreAuthorize(Roles.SUPERVISORS)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Record that two cases of the office are not the same person (remembered); 422 for a case with "
            + "itself or a missing id, 404 outside the office, 409 when already recorded")
    void notSame(@RequestBody NotSame body, @AuthenticationPrincipal CurrentUser user) {
        if (body == null || body.caseId() == null || body.otherCaseId() == null) {
            throw InvalidInputException.of("caseId", "matching.pair.required");
        }
        review.notTheSamePerson(user, body.caseId(), body.otherCaseId());
    }

    @PostMapping("/possible-duplicates")
    @Operation(summary = "The cases of one's office that may be this person (before registering them), the most "
            + "likely first, with the fields that agree and disagree; 422 without given names")
    List<DuplicateCheck.PossibleDuplicate> possibleDuplicates(@RequestBody DuplicateCheck.Query query,
            @AuthenticationPrincipal CurrentUser user) {
        return check.check(user, query);
    }
}
