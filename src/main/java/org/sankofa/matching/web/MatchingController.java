package org.sankofa.matching.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Roles;
import org.sankofa.matching.internal.DuplicateCheck;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The registration form's warning, "this person may already have a case": the form's fields are posted (htmx, on each
 * change) and the office's possible duplicates come back as a fragment. It warns and never blocks: a field not yet
 * valid (a half-typed date) is left out rather than refused.
 */
@Controller
@PreAuthorize(Roles.CASE_STAFF)
class MatchingController {

    /** The registration form's fields that matching compares, as typed. */
    record Typed(String givenNames, String familyName, String sex, String dateOfBirth, String estimatedAge,
            String identifiedOn, String citizenship, String recruitmentPlace, String guardianName) {
    }

    private final DuplicateCheck check;

    MatchingController(DuplicateCheck check) {
        this.check = check;
    }

    @PostMapping("/matching/possible-duplicates")
    String possibleDuplicates(@ModelAttribute Typed typed, @AuthenticationPrincipal CurrentUser user, Model model) {
        List<DuplicateCheck.PossibleDuplicate> found = List.of();
        if (typed.givenNames() != null && !typed.givenNames().isBlank()) {
            Integer age = number(typed.estimatedAge());
            found = check.check(user, new DuplicateCheck.Query(typed.givenNames(), typed.familyName(), typed.sex(),
                    date(typed.dateOfBirth()), age == null || age < 0 || age > 120 ? null : age,
                    date(typed.identifiedOn()), typed.citizenship(), typed.recruitmentPlace(), typed.guardianName()));
        }
        model.addAttribute("duplicates", found);
        return "matching/possible-duplicates :: warning";
    }

    private static LocalDate date(String value) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Integer number(String value) {
        try {
            return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
