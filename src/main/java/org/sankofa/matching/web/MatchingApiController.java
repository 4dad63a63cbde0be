package org.sankofa.matching.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Roles;
import org.sankofa.matching.internal.DuplicateCheck;
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

    private final DuplicateCheck check;

    MatchingApiController(DuplicateCheck check) {
        this.check = check;
    }

    @PostMapping("/possible-duplicates")
    @Operation(summary = "The cases of one's office that may be this person (before registering them), the most "
            + "likely first, with the fields that agree and disagree; 422 without given names")
    List<DuplicateCheck.PossibleDuplicate> possibleDuplicates(@RequestBody DuplicateCheck.Query query,
            @AuthenticationPrincipal CurrentUser user) {
        return check.check(user, query);
    }
}
