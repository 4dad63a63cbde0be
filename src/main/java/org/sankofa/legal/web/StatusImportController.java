package org.sankofa.legal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Roles;
import org.sankofa.legal.InstrumentId;
import org.sankofa.legal.LegalRecords;
import org.sankofa.legal.StatusImport;
import org.sankofa.shared.web.FormErrors;
import org.sankofa.shared.web.FormSubmission;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An administrator imports a UN Treaty Collection status table into an instrument's statuses: the table pasted as
 * CSV, its source, a preview of what each row would do, then the import (all or nothing).
 */
@Controller
@RequestMapping("/legal/statuses/import")
@PreAuthorize(Roles.ADMINISTRATORS)
class StatusImportController {

    private final LegalRecords legal;

    StatusImportController(LegalRecords legal) {
        this.legal = legal;
    }

    /** {@code action}: "preview" shows what would change; anything else imports. */
    record ImportForm(String instrument, String source, String csv, String action) {

        static ImportForm empty(String instrument) {
            return new ImportForm(instrument == null ? "" : instrument, "", "", "preview");
        }

        boolean preview() {
            return "preview".equals(action);
        }
    }

    @GetMapping
    String form(@RequestParam(required = false) String instrument, Model model) {
        return page(model, ImportForm.empty(instrument), null, Map.of());
    }

    @PostMapping
    String submit(@ModelAttribute ImportForm form, @AuthenticationPrincipal CurrentUser user, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        FormErrors read = new FormErrors();
        Long instrument = read.id("instrument", form.instrument());
        return FormSubmission.submit(read, response, () -> {
            StatusImport result = legal.importStatuses(instrument == null ? null : new InstrumentId(instrument),
                    form.csv(), form.source(), !form.preview(), user);
            if (form.preview()) {
                return page(model, form, result, Map.of());
            }
            redirect.addFlashAttribute("message", "legal.import.done");
            redirect.addFlashAttribute("imported", new ArrayList<>(List.of(result.count(StatusImport.Change.CREATED),
                    result.count(StatusImport.Change.UPDATED), result.count(StatusImport.Change.UNCHANGED),
                    result.count(StatusImport.Change.SKIPPED))));
            return "redirect:/legal/statuses?instrument=" + instrument;
        }, (errors, alert) -> page(model, form, null, errors));
    }

    private String page(Model model, ImportForm form, StatusImport preview, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("preview", preview);
        model.addAttribute("errors", errors);
        model.addAttribute("alert", null);
        model.addAttribute("instruments", legal.instruments());
        return "legal/status-import";
    }
}
