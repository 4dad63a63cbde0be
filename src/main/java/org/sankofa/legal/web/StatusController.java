package org.sankofa.legal.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.sankofa.directory.Countries;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Roles;
import org.sankofa.legal.ConsentKind;
import org.sankofa.legal.Instrument;
import org.sankofa.legal.InstrumentId;
import org.sankofa.legal.InstrumentStatus;
import org.sankofa.legal.LegalRecords;
import org.sankofa.legal.NewStatus;
import org.sankofa.shared.NotFoundException;
import org.sankofa.shared.web.FormErrors;
import org.sankofa.shared.web.FormSubmission;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Countries' statuses per instrument: everyone signed in reads; coordinators record those of the countries of their
 * scope (403 for another country), administrators any.
 */
@Controller
@RequestMapping("/legal/statuses")
class StatusController {

    private final LegalRecords legal;
    private final Countries countries;

    StatusController(LegalRecords legal, Countries countries) {
        this.legal = legal;
        this.countries = countries;
    }

    record StatusForm(String instrument, String country, String signedOn, String consentKind, String consentOn,
            String reservations, String source, String version) {

        static StatusForm empty(String instrument, String country) {
            return new StatusForm(instrument == null ? "" : instrument, country == null ? "" : country, "", "", "",
                    "", "", "");
        }

        static StatusForm of(InstrumentStatus s) {
            return new StatusForm(String.valueOf(s.instrumentId().value()), s.country(),
                    s.signedOn() == null ? "" : s.signedOn().toString(),
                    s.consentKind() == null ? "" : s.consentKind().name(),
                    s.consentOn() == null ? "" : s.consentOn().toString(), s.reservations(), s.source(),
                    String.valueOf(s.version()));
        }
    }

    @GetMapping
    String list(@RequestParam(required = false) Long instrument, @RequestParam(defaultValue = "") String country,
            @RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal CurrentUser user, Model model) {
        int from = Math.max(0, Math.min(page, 1_000_000));
        String code = country.strip().toUpperCase(Locale.ROOT);
        model.addAttribute("instrument", instrument);
        model.addAttribute("country", code);
        model.addAttribute("result", legal.statuses(instrument == null ? null : new InstrumentId(instrument),
                code, from, LegalForms.PAGE_SIZE));
        model.addAttribute("instruments", instruments());
        model.addAttribute("editable", legal.editableCountries(user));
        return "legal/statuses";
    }

    @GetMapping("/new")
    @PreAuthorize(Roles.COORDINATORS)
    String newForm(@RequestParam(required = false) String instrument, @RequestParam(required = false) String country,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        return form(model, user, StatusForm.empty(instrument, country), null, Map.of(), null);
    }

    @PostMapping
    @PreAuthorize(Roles.COORDINATORS)
    String create(@ModelAttribute StatusForm form, @AuthenticationPrincipal CurrentUser user, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        LegalForms.requireScope(legal, countries, user, form.country());
        FormErrors read = new FormErrors();
        NewStatus input = input(form, read);
        return FormSubmission.submit(read, response, () -> {
            InstrumentStatus created = legal.create(input, user);
            redirect.addFlashAttribute("message", "legal.status.created");
            return "redirect:/legal/statuses?country=" + created.country();
        }, (errors, alert) -> form(model, user, form, null, errors, alert));
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(Roles.COORDINATORS)
    String editForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        InstrumentStatus status = find(id, user);
        return form(model, user, StatusForm.of(status), status, Map.of(), null);
    }

    @PostMapping("/{id}")
    @PreAuthorize(Roles.COORDINATORS)
    String update(@PathVariable long id, @ModelAttribute StatusForm form, @AuthenticationPrincipal CurrentUser user,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        InstrumentStatus status = find(id, user);
        LegalForms.requireScope(legal, countries, user, form.country());
        FormErrors read = new FormErrors();
        NewStatus input = input(form, read);
        return FormSubmission.submit(read, form.version(), response, version -> {
            InstrumentStatus saved = legal.updateStatus(id, version, input, user);
            redirect.addFlashAttribute("message", "legal.status.updated");
            return "redirect:/legal/statuses?country=" + saved.country();
        }, (errors, alert) -> form(model, user, form, status, errors, alert));
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize(Roles.COORDINATORS)
    String delete(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        InstrumentStatus status = find(id, user);
        legal.deleteStatus(id, user);
        redirect.addFlashAttribute("message", "legal.status.deleted");
        return "redirect:/legal/statuses?country=" + status.country();
    }

    private String form(Model model, CurrentUser user, StatusForm form, InstrumentStatus status,
            Map<String, String> errors, String alert) {
        model.addAttribute("form", form);
        model.addAttribute("status", status);
        model.addAttribute("errors", errors);
        model.addAttribute("alert", alert);
        model.addAttribute("instruments", legal.instruments());
        model.addAttribute("consentKinds", ConsentKind.values());
        model.addAttribute("countries", LegalForms.editableCountries(legal, countries, user));
        return "legal/status-form";
    }

    /** The status, when the user may edit its country; 403 for another country. */
    private InstrumentStatus find(long id, CurrentUser user) {
        InstrumentStatus status = legal.status(id).orElseThrow(() -> new NotFoundException("status"));
        if (!legal.mayEdit(user, status.country())) {
            throw new AccessDeniedException("country outside the scope");
        }
        return status;
    }

    private Map<Long, Instrument> instruments() {
        return legal.instruments().stream()
                .collect(Collectors.toMap(i -> i.id().value(), Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    private static NewStatus input(StatusForm form, FormErrors read) {
        Long instrument = read.id("instrument", form.instrument());
        return new NewStatus(instrument == null ? null : new InstrumentId(instrument), form.country(),
                read.date("signedOn", form.signedOn(), LegalForms.DATE),
                read.choice("consentKind", form.consentKind(), ConsentKind.class),
                read.date("consentOn", form.consentOn(), LegalForms.DATE), form.reservations(), form.source());
    }
}
