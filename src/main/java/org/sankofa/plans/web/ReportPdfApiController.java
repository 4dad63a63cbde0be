package org.sankofa.plans.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sankofa.plans.internal.ProgressReports;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A progress report as a PDF over the API: readable by everyone signed in, like the report itself. */
@RestController
@Tag(name = "Progress reports")
class ReportPdfApiController {

    private final ProgressReports reports;
    private final ReportPdf pdf;

    ReportPdfApiController(ProgressReports reports, ReportPdf pdf) {
        this.reports = reports;
        this.pdf = pdf;
    }

    @GetMapping("/api/v1/reports/{id}.pdf")
    @Operation(summary = "The progress report as a PDF: narratives per area, the indicators with the period's "
            + "targets and values, status and who approved it (in the caller's language)")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        return ReportPdfController.render(reports, pdf, id);
    }
}
