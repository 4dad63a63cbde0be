package org.sankofa.plans.web;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Roles;
import org.sankofa.plans.PlanId;
import org.sankofa.plans.internal.LogframeExport;
import org.sankofa.plans.internal.LogframeImport;
import org.sankofa.plans.internal.LogframeImported;
import org.sankofa.plans.internal.Plans;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/plans/{id}")
@Tag(name = "Logframes", description = "A plan's logframe as an XLSX workbook (structure, indicators, baselines, "
        + "targets per period; docs/decisions/0008-logframe-workbook.md). Everyone signed in exports; whoever may "
        + "edit the plan imports, into a plan with no strategic area and no indicator yet, all or nothing.")
class LogframeApiController {

    private final Plans plans;
    private final LogframeExport logframeExport;
    private final LogframeImport logframeImport;

    LogframeApiController(Plans plans, LogframeExport logframeExport,
            LogframeImport logframeImport) {
        this.plans = plans;
        this.logframeExport = logframeExport;
        this.logframeImport = logframeImport;
    }

    @GetMapping("/logframe.xlsx")
    @Operation(summary = "The plan's logframe workbook: sheets Logframe (areas, objectives, activities with a LEVEL "
            + "column), Indicators (one column per target period) and Codes; headers in the caller's language")
    ResponseEntity<byte[]> export(@PathVariable PlanId id) {
        return LogframeController.download(plans.require(id), logframeExport.export(id, LocaleContextHolder.getLocale()));
    }

    @PostMapping("/logframe")
    @PreAuthorize(Roles.COORDINATORS)
    @Operation(summary = "Import a logframe workbook (multipart field 'file', XLSX, at most 2 MB) into an empty plan: "
            + "400 without a file, 413 when too large, 422 when not an XLSX workbook or when any row is wrong (the "
            + "problem's 'errors' lists sheet, row, column and message; nothing is written), 409 when the plan "
            + "already has areas or indicators")
    ResponseEntity<?> upload(@PathVariable PlanId id, @RequestParam(required = false) MultipartFile file,
            @AuthenticationPrincipal CurrentUser user) throws IOException {
        plans.editable(id, user);
        String refusal = LogframeController.refusal(file);
        if (refusal != null) {
            throw new UploadRefused(refusal.equals("plan.logframe.file.tooLarge") ? HttpStatus.CONTENT_TOO_LARGE
                    : HttpStatus.BAD_REQUEST, refusal);
        }
        LogframeImported imported = logframeImport.importInto(id, file.getBytes(), user);
        return ResponseEntity.status(HttpStatus.CREATED).body(imported);
    }

    /** A file refused before it is read: none, or too large. */
    static final class UploadRefused extends RuntimeException {

        final HttpStatus status;
        final String messageKey;

        UploadRefused(HttpStatus status, String messageKey) {
            super(messageKey);
            this.status = status;
            this.messageKey = messageKey;
        }
    }
}
