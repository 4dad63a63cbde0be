package org.sankofa.plans.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Roles;
import org.sankofa.plans.PlanId;
import org.sankofa.plans.internal.LogframeExport;
import org.sankofa.plans.internal.LogframeImport;
import org.sankofa.plans.internal.LogframeProblem;
import org.sankofa.plans.internal.LogframeRejected;
import org.sankofa.plans.internal.LogframeWorkbook;
import org.sankofa.plans.internal.Plan;
import org.sankofa.plans.internal.Plans;
import org.sankofa.shared.web.FormErrors;
import org.sankofa.shared.web.FormSubmission;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A plan's logframe workbook: the download, and the import form's answer — back to the plan when everything was
 * written, else a page with the row-level error report (nothing was written).
 */
@Controller
class LogframeController {

    private final Plans plans;
    private final MessageSource messages;
    private final LogframeExport logframeExport;
    private final LogframeImport logframeImport;

    LogframeController(Plans plans, MessageSource messages, LogframeExport logframeExport,
            LogframeImport logframeImport) {
        this.plans = plans;
        this.messages = messages;
        this.logframeExport = logframeExport;
        this.logframeImport = logframeImport;
    }

    @GetMapping("/plans/{id}/logframe.xlsx")
    ResponseEntity<byte[]> export(@PathVariable PlanId id) {
        return download(plans.require(id), logframeExport.export(id, LocaleContextHolder.getLocale()));
    }

    static ResponseEntity<byte[]> download(Plan plan, byte[] workbook) {
        String filename = "logframe-" + plan.id() + "-" + LocalDate.now() + ".xlsx";
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(LogframeWorkbook.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(workbook);
    }

    @PostMapping("/plans/{id}/logframe")
    @PreAuthorize(Roles.COORDINATORS)
    String upload(@PathVariable PlanId id, @RequestParam(required = false) MultipartFile file,
            @AuthenticationPrincipal CurrentUser user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) throws IOException {
        Plan plan = plans.editable(id, user);
        String refusal = refusal(file);
        if (refusal != null) {
            return refused(plan, model, response, refusal.equals("plan.logframe.file.tooLarge")
                    ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST, refusal);
        }
        byte[] content = file.getBytes();
        return FormSubmission.submit(new FormErrors(), response, () -> {
            try {
                logframeImport.importInto(id, content, user);
            } catch (LogframeRejected rejected) {
                // nothing was written: the row-level report
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
                model.addAttribute("plan", plan);
                model.addAttribute("problems", LogframeReport.of(rejected.problems(), messages,
                        LocaleContextHolder.getLocale()));
                model.addAttribute("importable", true);
                return "plans/logframe-import";
            }
            redirect.addFlashAttribute("message", "plan.logframe.imported");
            return "redirect:/plans/" + id + "#areas";
        }, (errors, alert) -> refusal(plan, model, alert != null ? alert
                : errors.getOrDefault("file", "error.422.detail")));
    }

    /** Why a file is refused before it is read (a message key), or null when it may be read. */
    static String refusal(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return "plan.logframe.file.required";
        }
        if (file.getSize() > LogframeWorkbook.MAX_BYTES) {
            return "plan.logframe.file.tooLarge";
        }
        return null;
    }

    static Object[] maxMegabytes() {
        return new Object[] { LogframeWorkbook.MAX_BYTES / (1024 * 1024) };
    }

    private String refused(Plan plan, Model model, HttpServletResponse response, HttpStatus status, String key) {
        response.setStatus(status.value());
        return refusal(plan, model, key);
    }

    /** The import page with the reason the file was refused (the status is set already). */
    private String refusal(Plan plan, Model model, String key) {
        model.addAttribute("plan", plan);
        model.addAttribute("problems", List.of());
        model.addAttribute("alert", key);
        model.addAttribute("importable", logframeImport.importable(plan.planId()));
        return "plans/logframe-import";
    }

    /** The problems as lines of the report, in the reader's language. */
    record LogframeReport(String sheet, int row, String column, String message) {

        static List<LogframeReport> of(List<LogframeProblem> problems, MessageSource messages, Locale locale) {
            return problems.stream().map(p -> new LogframeReport(p.sheet(), p.row(),
                    p.header().isBlank() ? p.column() : p.column() + " (" + p.header() + ")",
                    messages.getMessage(p.messageKey(), p.arguments().toArray(), p.messageKey(), locale))).toList();
        }
    }
}
