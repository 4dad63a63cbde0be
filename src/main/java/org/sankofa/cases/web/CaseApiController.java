package org.sankofa.cases.web;

import java.net.URI;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.sankofa.cases.CaseDraft;
import org.sankofa.cases.CaseFilters;
import org.sankofa.cases.CaseId;
import org.sankofa.cases.CasePage;
import org.sankofa.cases.CaseRecord;
import org.sankofa.cases.internal.CaseList;
import org.sankofa.cases.internal.CaseReader;
import org.sankofa.cases.internal.RegisterCase;
import org.sankofa.cases.internal.UpdateCase;
import org.sankofa.directory.Countries;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Roles;
import org.springframework.format.annotation.DateTimeFormat;
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

@RestController
@RequestMapping("/api/v1/cases")
@PreAuthorize(Roles.CASE_READERS)
@Tag(name = "Cases", description = "Victim case records, with need to know: an office's case workers and supervisors "
        + "see its cases, partners only what referrals share; other roles are refused (403), cases outside one's "
        + "scope are not found (404). Every read of identifying data is audited.")
class CaseApiController {

    private final CaseList cases;
    private final CaseReader reader;
    private final RegisterCase registration;
    private final UpdateCase updates;
    private final Countries countries;

    CaseApiController(CaseList cases, CaseReader reader, RegisterCase registration, UpdateCase updates,
            Countries countries) {
        this.cases = cases;
        this.reader = reader;
        this.registration = registration;
        this.updates = updates;
        this.countries = countries;
    }

    @GetMapping
    @Operation(summary = "List the cases in one's scope, filtered, a page at a time (keyset: pass `next` as `cursor`)",
            description = "With `q`, a name search instead (spelling variants, any word order): the best matches, "
                    + "with the person's name where one may see it; each case shown with a name is recorded as "
                    + "viewed. Without `q`, no names, and `total` is counted only with `count=true`: the cases in scope that pass the "
                    + "filters, up to 10,000 (`totalIsLowerBound` true then says there are more); without it `total` "
                    + "and `totalIsLowerBound` are null, as counting a large office costs more than a page. A name "
                    + "search always gives `total`, the number of matching names found (at most 200 candidates).")
    CasePage list(
            @Parameter(description = "case status (HTCDS cas_Status), e.g. Active") @RequestParam(required = false) String status,
            @Parameter(description = "owning office id") @RequestParam(required = false) Long office,
            @Parameter(description = "sex (HTCDS prs_Gender), e.g. Feminine") @RequestParam(required = false) String sex,
            @Parameter(description = "age band at identification: 0-5, 6-11, 12-14, 15-17, 18-24, 25+") @RequestParam(required = false) String age,
            @Parameter(description = "child or adult") @RequestParam(required = false) String child,
            @Parameter(description = "type of exploitation (HTCDS), e.g. ForcedBegging") @RequestParam(required = false) String exploitation,
            @Parameter(description = "citizenship, ISO 3166-1 alpha-2") @RequestParam(required = false) String nationality,
            @Parameter(description = "identified on or after (yyyy-mm-dd)") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "identified on or before (yyyy-mm-dd)") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "date (newest first, default) or number") @RequestParam(required = false) String sort,
            @Parameter(description = "words of a name (never logged)") @RequestParam(required = false) @Size(max = 100) String q,
            @Parameter(description = "the `next` value of the previous page") @RequestParam(required = false) @Size(max = 200) String cursor,
            @Parameter(description = "page size, at most 100") @RequestParam(defaultValue = "25") @Min(1) @Max(100) int size,
            @Parameter(description = "also count the cases that pass the filters (up to 1,000, then \"1,000 or more\"); slower on large offices") @RequestParam(defaultValue = "false") boolean count,
            @AuthenticationPrincipal CurrentUser user) {
        var filter = CaseFilters.parse(new CaseFilters.Params(status, office, sex, age, child, exploitation,
                nationality, from, to, sort), cursor, size, countries);
        if (q != null && !q.isBlank()) {
            return cases.search(user, q, filter, "api-search");
        }
        return cases.list(user, filter, count);
    }

    @PostMapping
    @PreAuthorize(Roles.CASE_STAFF)
    @Operation(summary = "Register a case in one's office; answers 201 with its location and the case as registered",
            description = "Unknown codes and countries, dates in the future, a child without a guardian, markup in "
                    + "names: 422 with a message per field. Malformed dates or numbers: 400. Nothing is stored then.")
    ResponseEntity<CaseRecord> create(@RequestBody CaseDraft body, @AuthenticationPrincipal CurrentUser user) {
        RegisterCase.Registered registered = registration.register(body, user);
        return ResponseEntity.created(URI.create("/api/v1/cases/" + registered.id())).body(registered.record());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One case, decrypted, as far as one may see it (recorded as viewed)")
    CaseRecord read(@PathVariable CaseId id, @AuthenticationPrincipal CurrentUser user) {
        return reader.read(user, id, "api");
    }

    @PutMapping("/{id}")
    @PreAuthorize(Roles.CASE_STAFF)
    @Operation(summary = "Change a case's identification, person, profile and route; send the `version` read",
            description = "409 when someone saved the case since that version (nothing is overwritten). Answers the "
                    + "case as saved (recorded as an update, not as a view).")
    CaseRecord update(@PathVariable CaseId id, @RequestBody CaseDraft body, @AuthenticationPrincipal CurrentUser user) {
        return updates.update(user, id, body).record();
    }
}
