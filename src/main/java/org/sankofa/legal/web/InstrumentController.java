package org.sankofa.legal.web;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.sankofa.directory.Communities;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Roles;
import org.sankofa.legal.Instrument;
import org.sankofa.legal.InstrumentId;
import org.sankofa.legal.InstrumentKind;
import org.sankofa.legal.LegalRecords;
import org.sankofa.legal.NewInstrument;
import org.sankofa.shared.NotFoundException;
import org.sankofa.shared.web.FormErrors;
import org.sankofa.shared.web.FormSubmission;
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
    @PreAuthorize(Roles.ADMINISTRATORS)
    String newForm(Model model) {
        return form(model, InstrumentForm.empty(), null, Map.of(), null);
    }

    @PostMapping
    @PreAuthorize(Roles.ADMINISTRATORS)
    String create(@ModelAttribute InstrumentForm form, @AuthenticationPrincipal CurrentUser user, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        FormErrors read = new FormErrors();
        NewInstrument input = input(form, read);
        return FormSubmission.submit(read, response, () -> {
            legal.create(input, user);
            redirect.addFlashAttribute("message", "legal.instrument.created");
            return "redirect:/legal/instruments";
        }, (errors, alert) -> form(model, form, null, errors, alert));
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(Roles.ADMINISTRATORS)
    String editForm(@PathVariable long id, Model model) {
        Instrument instrument = find(id);
        return form(model, InstrumentForm.of(instrument), instrument, Map.of(), null);
    }

    @PostMapping("/{id}")
    @PreAuthorize(Roles.ADMINISTRATORS)
    String update(@PathVariable long id, @ModelAttribute InstrumentForm form, @AuthenticationPrincipal CurrentUser user,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Instrument instrument = find(id);
        FormErrors read = new FormErrors();
        NewInstrument input = input(form, read);
        return FormSubmission.submit(read, form.version(), response, version -> {
            legal.update(instrument.id(), version, input, user);
            redirect.addFlashAttribute("message", "legal.instrument.updated");
            return "redirect:/legal/instruments";
        }, (errors, alert) -> form(model, form, instrument, errors, alert));
    }

    /** An instrument that statuses still refer to is not removed: 409 and its form with the reason. */
    @PostMapping("/{id}/delete")
    @PreAuthorize(Roles.ADMINISTRATORS)
    String delete(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Instrument instrument = find(id);
        return FormSubmission.submit(new FormErrors(), response, () -> {
            legal.delete(instrument.id(), user);
            redirect.addFlashAttribute("message", "legal.instrument.deleted");
            return "redirect:/legal/instruments";
        }, (errors, alert) -> form(model, InstrumentForm.of(instrument), instrument, errors, alert));
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

    private static NewInstrument input(InstrumentForm form, FormErrors read) {
        return new NewInstrument(form.title(), form.shortName(), read.choice("kind", form.kind(), InstrumentKind.class),
                form.chosen(), read.date("adoptedOn", form.adoptedOn(), LegalForms.DATE),
                read.date("inForceOn", form.inForceOn(), LegalForms.DATE), form.notes(), form.source());
    }
}
