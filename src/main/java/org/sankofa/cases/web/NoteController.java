package org.sankofa.cases.web;

import java.util.Map;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sankofa.cases.CaseId;
import org.sankofa.cases.internal.CaseAccess;
import org.sankofa.cases.internal.notes.Notes;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Roles;
import org.sankofa.shared.web.FormErrors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Notes on a case (encrypted, shown escaped). */
@Controller
@PreAuthorize(Roles.CASE_STAFF)
class NoteController {

    private final CaseAccess cases;
    private final Notes notes;

    NoteController(CaseAccess cases, Notes notes) {
        this.cases = cases;
        this.notes = notes;
    }

    @GetMapping("/cases/{caseId}/notes")
    String section(@PathVariable CaseId caseId, @AuthenticationPrincipal CurrentUser user, HtmxRequest htmx,
            HttpServletResponse response, Model model) {
        return show(caseId, user, "", Map.of(), htmx, response, model);
    }

    /** The note form: its text. */
    record NoteForm(String body) {
    }

    @PostMapping("/cases/{caseId}/notes")
    String add(@PathVariable CaseId caseId, @ModelAttribute NoteForm form, @AuthenticationPrincipal CurrentUser user,
            HtmxRequest htmx, HttpServletResponse response, Model model) {
        cases.editable(user, caseId);
        return Sections.save(new FormErrors(), () -> notes.add(user, caseId, form.body()), form.body(), "",
                "care.saved", "/cases/" + caseId + "/notes", htmx, response, model,
                (errors, typed) -> show(caseId, user, typed, errors, htmx, response, model));
    }

    private String show(CaseId caseId, CurrentUser user, String body, Map<String, String> errors, HtmxRequest htmx,
            HttpServletResponse response, Model model) {
        model.addAttribute("care", cases.readable(user, caseId, Notes.PART));
        model.addAttribute("notes", notes.list(user, caseId));
        model.addAttribute("body", body);
        model.addAttribute("errors", errors);
        return Sections.view("notes", htmx, response, model);
    }
}
