package org.sankofa.exchange.web;

import java.io.IOException;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletResponse;
import org.sankofa.cases.CaseFilter;
import org.sankofa.cases.CaseFilters;
import org.sankofa.directory.Countries;
import org.sankofa.exchange.internal.HtcdsExport;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Roles;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The HTCDS 2.0 export of the cases of one's office, with the case list's filters: for the API (bearer token) and for
 * the case list's download button (signed-in page). Supervisors only (docs/security.md): the file holds every
 * identifying field of every case it lists.
 */
@RestController
@PreAuthorize(Roles.SUPERVISORS)
class HtcdsExportController {

    private final HtcdsExport export;
    private final Countries countries;

    HtcdsExportController(HtcdsExport export, Countries countries) {
        this.export = export;
        this.countries = countries;
    }

    @GetMapping({ "/api/v1/exports/htcds", "/exports/htcds.xlsx" })
    @Operation(summary = "The cases of one's office that pass the case list's filters, in the HTCDS 2.0 template (XLSX)",
            description = "Case supervisors only. The official template's two header rows (field names, labels), one "
                    + "case per row from row 3, then Sankofa's own columns (docs/data-standards.md). Unknown filter "
                    + "codes: 422. Every export is recorded in the audit log (CASES_EXPORTED with the filter and the "
                    + "number of cases).")
    void export(
            @Parameter(description = "case status (HTCDS cas_Status), e.g. Active") @RequestParam(required = false) String status,
            @Parameter(description = "sex (HTCDS prs_Gender), e.g. Feminine") @RequestParam(required = false) String sex,
            @Parameter(description = "age band at identification: 0-5, 6-11, 12-14, 15-17, 18-24, 25+") @RequestParam(required = false) String age,
            @Parameter(description = "child or adult") @RequestParam(required = false) String child,
            @Parameter(description = "type of exploitation (HTCDS), e.g. ForcedBegging") @RequestParam(required = false) String exploitation,
            @Parameter(description = "citizenship, ISO 3166-1 alpha-2") @RequestParam(required = false) String nationality,
            @Parameter(description = "identified on or after (yyyy-mm-dd)") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "identified on or before (yyyy-mm-dd)") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "date (newest first, default) or number") @RequestParam(required = false) String sort,
            @AuthenticationPrincipal CurrentUser user, HttpServletResponse response) throws IOException {
        CaseFilter filter = CaseFilters.parse(new CaseFilters.Params(status, null, sex, age, child, exploitation,
                nationality, from, to, sort), null, 1, countries);
        response.setContentType(HtcdsExport.CONTENT_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("htcds-" + LocalDate.now() + ".xlsx").build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        export.export(user, filter, response.getOutputStream());
    }
}
