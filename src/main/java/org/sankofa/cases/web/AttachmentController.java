package org.sankofa.cases.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sankofa.cases.CaseId;
import org.sankofa.cases.internal.CaseAccess;
import org.sankofa.cases.internal.attachments.Attachments;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Roles;
import org.sankofa.shared.web.FormErrors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;

/** Attachments of a case: the list, the upload form, and the download (never inline, never sniffed). */
@Controller
@PreAuthorize(Roles.CASE_STAFF)
class AttachmentController {

    private final CaseAccess cases;
    private final Attachments attachments;

    AttachmentController(CaseAccess cases, Attachments attachments) {
        this.cases = cases;
        this.attachments = attachments;
    }

    @GetMapping("/cases/{caseId}/attachments")
    String section(@PathVariable CaseId caseId, @AuthenticationPrincipal CurrentUser user, HtmxRequest htmx,
            HttpServletResponse response, Model model) {
        return show(caseId, user, Map.of(), htmx, response, model);
    }

    /** The upload form: the file chosen (none, or an empty one, is refused with a message). */
    record UploadForm(MultipartFile file) {
    }

    @PostMapping("/cases/{caseId}/attachments")
    String upload(@PathVariable CaseId caseId, @ModelAttribute UploadForm form,
            @AuthenticationPrincipal CurrentUser user, HtmxRequest htmx, HttpServletResponse response, Model model)
            throws IOException {
        cases.editable(user, caseId);
        MultipartFile file = form.file();
        FormErrors read = new FormErrors();
        String refusal = UploadLimits.refusal(file);
        if (refusal != null) {
            read.reject("file", refusal);
        }
        byte[] content = read.ok() ? file.getBytes() : null;
        return Sections.save(read,
                () -> attachments.upload(user, caseId, file.getOriginalFilename(), file.getContentType(), content),
                Map.of(), Map.of(), "care.attachment.uploaded", "/cases/" + caseId + "/attachments", htmx, response,
                model, (messages, values) -> show(caseId, user, messages, htmx, response, model));
    }

    @GetMapping("/cases/{caseId}/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable CaseId caseId, @PathVariable long attachmentId,
            @AuthenticationPrincipal CurrentUser user) {
        Attachments.Download file = attachments.download(user, caseId, attachmentId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(file.content());
    }

    private String show(CaseId caseId, CurrentUser user, Map<String, String> errors, HtmxRequest htmx,
            HttpServletResponse response, Model model) {
        model.addAttribute("care", cases.readable(user, caseId, Attachments.PART));
        model.addAttribute("attachments", attachments.list(user, caseId));
        model.addAttribute("errors", errors);
        model.addAttribute("maxMegabytes", Attachments.MAX_BYTES / (1024 * 1024));
        return Sections.view("attachments", htmx, response, model);
    }
}
