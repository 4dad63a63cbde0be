package org.sankofa.programmes.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.sankofa.identity.CurrentUser;
import org.sankofa.programmes.ProgrammeId;
import org.sankofa.programmes.internal.DonorReport;
import org.sankofa.programmes.internal.DonorReports;
import org.sankofa.programmes.internal.Programme;
import org.sankofa.programmes.internal.ProgrammeAccess;
import org.sankofa.programmes.internal.Programmes;
import org.sankofa.shared.web.FormErrors;
import org.sankofa.shared.web.FormSubmission;
import org.sankofa.shared.InvalidInputException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A programme's donor report for a period: the page, its PDF and its workbook, in the reader's language, and the
 * narrative the implementers write. A period that is not an ISO period, or lies outside the programme, is a 422 with
 * the message in the reader's language.
 */
@Controller
@RequestMapping("/programmes/{id}")
class DonorReportController {

    static final MediaType XLSX = MediaType
            .parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final DonorReports reports;
    private final Programmes programmes;
    private final ProgrammeAccess access;
    private final DonorReportPdf pdf;
    private final DonorReportWorkbook workbook;

    DonorReportController(DonorReports reports, Programmes programmes, ProgrammeAccess access, DonorReportPdf pdf,
            DonorReportWorkbook workbook) {
        this.reports = reports;
        this.programmes = programmes;
        this.access = access;
        this.pdf = pdf;
        this.workbook = workbook;
    }

    record NarrativeForm(String period, String narrative) {
    }

    @GetMapping("/report")
    @PreAuthorize(ProgrammeAccess.READERS)
    String page(@PathVariable ProgrammeId id, @RequestParam(required = false) String period,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        return page(reports.report(id, period, user), user, model, Map.of(), null);
    }

    private String page(DonorReport report, CurrentUser user, Model model, Map<String, String> errors,
            String narrative) {
        Programme programme = programmes.readable(ProgrammeId.of(report.programmeId()), user);
        model.addAttribute("report", report);
        model.addAttribute("canEdit", access.canEdit(user, programme.implementerIds()));
        model.addAttribute("errors", errors);
        model.addAttribute("narrative", narrative != null ? narrative
                : report.narrative() == null ? "" : report.narrative());
        return "programmes/report";
    }

    @GetMapping("/report.pdf")
    @PreAuthorize(ProgrammeAccess.READERS)
    ResponseEntity<byte[]> pdf(@PathVariable ProgrammeId id, @RequestParam(required = false) String period,
            @AuthenticationPrincipal CurrentUser user, Locale locale) {
        DonorReport report = reports.report(id, period, user);
        return download(pdf.write(report, locale), MediaType.APPLICATION_PDF, report, "pdf");
    }

    @GetMapping("/report.xlsx")
    @PreAuthorize(ProgrammeAccess.READERS)
    ResponseEntity<byte[]> xlsx(@PathVariable ProgrammeId id, @RequestParam(required = false) String period,
            @AuthenticationPrincipal CurrentUser user, Locale locale) {
        DonorReport report = reports.report(id, period, user);
        return download(workbook.write(report, locale), XLSX, report, "xlsx");
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, DonorReport report, String ext) {
        String name = "donor-report-" + report.code().replaceAll("[^A-Za-z0-9-]", "_") + "-" + report.period() + "."
                + ext;
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store").body(body);
    }

    @PostMapping("/report/narrative")
    @PreAuthorize(ProgrammeAccess.EDITORS)
    String narrative(@PathVariable ProgrammeId id, @ModelAttribute NarrativeForm form,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        programmes.editable(id, user);
        DonorReport report = reports.report(id, form.period(), user);
        FormErrors read = new FormErrors();
        return FormSubmission.submit(read, response, () -> {
            reports.writeNarrative(id, form.period(), form.narrative(), user);
            redirect.addFlashAttribute("message", "programme.report.narrative.saved");
            return "redirect:" + UriComponentsBuilder.fromPath("/programmes/{id}/report")
                    .queryParam("period", report.period()).buildAndExpand(id.value()).toUriString();
        }, (errors, alert) -> page(report, user, model, errors, form.narrative()));
    }

    /** A period that is not one, or lies outside the programme: the page says so (422), the report is not made. */
    @ExceptionHandler(InvalidInputException.class)
    String refused(InvalidInputException refused, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("errors", refused.fieldErrors());
        return "programmes/refused";
    }
}
