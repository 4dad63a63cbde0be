package org.sankofa.legal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.sankofa.directory.Communities;
import org.sankofa.identity.CurrentUser;
import org.sankofa.legal.Instrument;
import org.sankofa.legal.InstrumentId;
import org.sankofa.legal.InstrumentKind;
import org.sankofa.legal.LegalRecords;
import org.sankofa.legal.NewInstrument;
import org.sankofa.shared.ConflictException;
import org.sankofa.shared.FormFields;
import org.sankofa.shared.InvalidInputException;
import org.sankofa.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The instruments: everyone signed in reads them, administrators record, change and remove them. */
@Controller
@RequestMapping("/legal/instruments")
class InstrumentController {

    private final LegalRecords legal;
    private final Communities communities;

    InstrumentController(LegalRecords legal, Communities communities) {
        this.legal = legal;
        this.communities = communities;
    }

    /** What the form sends, as strings, so that every mistake can be explained. */
    record InstrumentForm(String title, String shortName, String kind, List<String> communities, String adoptedOn,
            String inForceOn, String notes, String source, String version) {

        static InstrumentForm empty() {
            return new InstrumentForm("", "", "", List.of(), "", "", "", "", "");
        }

        static InstrumentForm of(Instrument i) {
            return new InstrumentForm(i.title(), i.shortName(), i.kind().name(), i.communities(),
                    i.adoptedOn() == null ? "" : i.adoptedOn().toString(),
                    i.inForceOn() == null ? "" : i.inForceOn().toString(), i.notes(), i.source(),
                    String.valueOf(i.version()));
        }

        public List<String> chosen() {
            return communities == null ? List.of() : communities;
        }
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("instruments", legal.instruments());
        return "legal/instruments";
    }

    @GetMapping("/new")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    String newForm(Model model) {
        return form(model, InstrumentForm.empty(), null, Map.of(), null);
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    String create(@ModelAttribute InstrumentForm form, @AuthenticationPrincipal CurrentUser user, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Map<String, String> errors = new LinkedHashMap<>();
        NewInstrument input = input(form, errors);
        try {
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            legal.create(input, user);
            redirect.addFlashAttribute("message", "legal.instrument.created");
            return "redirect:/legal/instruments";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, form, null, merge(errors, e), null);
        }
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    String editForm(@PathVariable long id, Model model) {
        Instrument instrument = find(id);
        return form(model, InstrumentForm.of(instrument), instrument, Map.of(), null);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    String update(@PathVariable long id, @ModelAttribute InstrumentForm form, @AuthenticationPrincipal CurrentUser user,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Instrument instrument = find(id);
        Map<String, String> errors = new LinkedHashMap<>();
        NewInstrument input = input(form, errors);
        Integer version = FormFields.version(form.version());
        if (version == null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, form, instrument, errors, "error.400.detail");
        }
        try {
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
            legal.update(instrument.id(), version, input, user);
            redirect.addFlashAttribute("message", "legal.instrument.updated");
            return "redirect:/legal/instruments";
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, form, instrument, merge(errors, e), null);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return form(model, form, instrument, errors, e.messageKey());
        }
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    String delete(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Instrument instrument = find(id);
        try {
            legal.delete(instrument.id(), user);
        } catch (ConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return form(model, InstrumentForm.of(instrument), instrument, Map.of(), e.messageKey());
        }
        redirect.addFlashAttribute("message", "legal.instrument.deleted");
        return "redirect:/legal/instruments";
    }

    private String form(Model model, InstrumentForm form, Instrument instrument, Map<String, String> errors,
            String alert) {
        model.addAttribute("form", form);
        model.addAttribute("instrument", instrument);
        model.addAttribute("errors", errors);
        model.addAttribute("alert", alert);
        model.addAttribute("kinds", InstrumentKind.values());
        model.addAttribute("communities", communities.all());
        return "legal/instrument-form";
    }

    private Instrument find(long id) {
        return legal.instrument(new InstrumentId(id)).orElseThrow(() -> new NotFoundException("instrument"));
    }

    private static NewInstrument input(InstrumentForm form, Map<String, String> errors) {
        return new NewInstrument(form.title(), form.shortName(),
                FormFields.choice(InstrumentKind.class, form.kind(), "kind", errors), form.chosen(),
                FormValues.date(form.adoptedOn(), "adoptedOn", errors),
                FormValues.date(form.inForceOn(), "inForceOn", errors), form.notes(), form.source());
    }

    static Map<String, String> merge(Map<String, String> parseErrors, InvalidInputException e) {
        Map<String, String> all = new LinkedHashMap<>(e.fieldErrors());
        all.putAll(parseErrors);
        return all;
    }
}
