package org.sankofa.exchange.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sankofa.exchange.internal.HtcdsImports;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Roles;
import org.sankofa.shared.NotFoundException;
import org.sankofa.shared.web.FormErrors;
import org.sankofa.shared.web.FormSubmission;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import page: a file chosen and sent, then the import's own page, whose status part htmx asks for again every
 * second until the import has ended — the progress bar, then the cases created or the error report.
 */
@Controller
@PreAuthorize(Roles.SUPERVISORS)
class HtcdsImportPageController {

    /** A problem as the page shows it, its message in the reader's language. */
    record ProblemLine(String sheet, Integer row, String column, String value, String message) {
    }

    private final HtcdsImports imports;
    private final MessageSource messages;

    HtcdsImportPageController(HtcdsImports imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @GetMapping("/imports/htcds")
    String form(Model model) {
        return form(model, Map.of(), null);
    }

    @PostMapping("/imports/htcds")
    String upload(@RequestParam(required = false) MultipartFile file, @AuthenticationPrincipal CurrentUser user,
            HttpServletResponse response, Model model) {
        return FormSubmission.submit(new FormErrors(), response,
                () -> "redirect:/imports/" + imports.submit(user, bytes(file)),
                (errors, alert) -> form(model, errors, alert));
    }

    @GetMapping("/imports/{id}")
    String status(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, HtmxRequest htmx, Model model) {
        HtcdsImports.Status status = imports.status(user, id).orElseThrow(() -> new NotFoundException("import"));
        model.addAttribute("job", status);
        model.addAttribute("problems", status.problems().stream().map(p -> new ProblemLine(p.sheet(), p.row(),
                p.column(), p.value(), messages.getMessage(p.messageKey(), p.arguments().toArray(), p.messageKey(),
                        LocaleContextHolder.getLocale()))).toList());
        return htmx.isHtmxRequest() ? "exchange/import-status :: status" : "exchange/import-status";
    }

    private String form(Model model, Map<String, String> errors, String alert) {
        model.addAttribute("errors", errors);
        model.addAttribute("alert", alert);
        return "exchange/import";
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file == null ? new byte[0] : file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
