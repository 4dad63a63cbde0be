package org.sankofa.plans.web;

import org.sankofa.plans.internal.ProgressReport;
import org.sankofa.plans.internal.ProgressReports;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A progress report as a PDF from its page. Like every plan and report, it is readable by everyone signed in
 * (PlanAccess); nobody signed out gets it.
 */
@Controller
class ReportPdfController {

    private final ProgressReports reports;
    private final ReportPdf pdf;

    ReportPdfController(ProgressReports reports, ReportPdf pdf) {
        this.reports = reports;
        this.pdf = pdf;
    }

    @GetMapping("/reports/{id}.pdf")
    ResponseEntity<byte[]> page(@PathVariable long id) {
        return render(reports, pdf, id);
    }

    static ResponseEntity<byte[]> render(ProgressReports reports, ReportPdf pdf, long id) {
        ProgressReport report = reports.require(id);
        byte[] document = pdf.write(report, LocaleContextHolder.getLocale());
        String filename = "progress-report-" + report.planId() + "-" + report.period() + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(document);
    }
}
