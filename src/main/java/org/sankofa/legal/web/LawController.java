package org.sankofa.legal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.sankofa.cases.TypeOfExploitation;
import org.sankofa.directory.Countries;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Roles;
import org.sankofa.legal.LegalRecords;
import org.sankofa.legal.NationalLaw;
import org.sankofa.legal.NewLaw;
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
 * National laws: everyone signed in reads; coordinators record those of the countries of their scope (403 for
 * another country), administrators any.
 */
@Controller
@RequestMapping("/legal/laws")
class LawController {

    private final LegalRecords legal;
    private final Countries countries;

    LawController(LegalRecords legal, Countries countries) {
        this.legal = legal;
        this.countries = countries;
    }

    /** The exploitation types are HTCDS value names (e.g. ForcedBegging); childSpecific is "true" or "false". */
    record LawForm(String country, String title, String year, List<String> exploitationTypes, String childSpecific,
            String childProvisions, String penalties, String link, String source, String version) {

        static LawForm empty(String country) {
            return new LawForm(country == null ? "" : country, "", "", List.of(), "", "", "", "", "", "");
        }

        static LawForm of(NationalLaw l) {
            return new LawForm(l.country(), l.title(), String.valueOf(l.year()),
                    l.exploitationTypes().stream().map(TypeOfExploitation::value).toList(),
                    String.valueOf(l.childSpecific()), l.childProvisions(), l.penalties(), l.link(), l.source(),
                    String.valueOf(l.version()));
        }

        public List<String> types() {
            return exploitationTypes == null ? List.of() : exploitationTypes;
        }
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String country, @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal CurrentUser user, Model model) {
        String code = country.strip().toUpperCase(Locale.ROOT);
        model.addAttribute("country", code);
        model.addAttribute("result", legal.laws(code, Math.max(0, Math.min(page, 1_000_000)),
                LegalForms.PAGE_SIZE));
        model.addAttribute("editable", legal.editableCountries(user));
        return "legal/laws";
    }

    @GetMapping("/new")
    @PreAuthorize(Roles.COORDINATORS)
    String newForm(@RequestParam(required = false) String country, @AuthenticationPrincipal CurrentUser user,
            Model model) {
        return form(model, user, LawForm.empty(country), null, Map.of(), null);
    }

    @PostMapping
    @PreAuthorize(Roles.COORDINATORS)
    String create(@ModelAttribute LawForm form, @AuthenticationPrincipal CurrentUser user, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        LegalForms.requireScope(legal, countries, user, form.country());
        FormErrors read = new FormErrors();
        NewLaw input = input(form, read);
        return FormSubmission.submit(read, response, () -> {
            NationalLaw created = legal.create(input, user);
            redirect.addFlashAttribute("message", "legal.law.created");
            return "redirect:/legal/laws?country=" + created.country();
        }, (errors, alert) -> form(model, user, form, null, errors, alert));
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(Roles.COORDINATORS)
    String editForm(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
        NationalLaw law = find(id, user);
        return form(model, user, LawForm.of(law), law, Map.of(), null);
    }

    @PostMapping("/{id}")
    @PreAuthorize(Roles.COORDINATORS)
    String update(@PathVariable long id, @ModelAttribute LawForm form, @AuthenticationPrincipal CurrentUser user,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        NationalLaw law = find(id, user);
        LegalForms.requireScope(legal, countries, user, form.country());
        FormErrors read = new FormErrors();
        NewLaw input = input(form, read);
        return FormSubmission.submit(read, form.version(), response, version -> {
            NationalLaw saved = legal.updateLaw(id, version, input, user);
            redirect.addFlashAttribute("message", "legal.law.updated");
            return "redirect:/legal/laws?country=" + saved.country();
        }, (errors, alert) -> form(model, user, form, law, errors, alert));
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize(Roles.COORDINATORS)
    String delete(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
        NationalLaw law = find(id, user);
        legal.deleteLaw(id, user);
        redirect.addFlashAttribute("message", "legal.law.deleted");
        return "redirect:/legal/laws?country=" + law.country();
    }

    private String form(Model model, CurrentUser user, LawForm form, NationalLaw law, Map<String, String> errors,
            String alert) {
        model.addAttribute("form", form);
        model.addAttribute("law", law);
        model.addAttribute("errors", errors);
        model.addAttribute("alert", alert);
        model.addAttribute("types", TypeOfExploitation.values());
        model.addAttribute("countries", LegalForms.editableCountries(legal, countries, user));
        return "legal/law-form";
    }

    private NationalLaw find(long id, CurrentUser user) {
        NationalLaw law = legal.law(id).orElseThrow(() -> new NotFoundException("law"));
        if (!legal.mayEdit(user, law.country())) {
            throw new AccessDeniedException("country outside the scope");
        }
        return law;
    }

    /** The exploitation types are read by their HTCDS names; whether the law is specific to children, true or false. */
    private static NewLaw input(LawForm form, FormErrors read) {
        List<TypeOfExploitation> types = new ArrayList<>();
        for (String value : form.types()) {
            try {
                types.add(TypeOfExploitation.fromValue(value));
            } catch (IllegalArgumentException | NullPointerException e) {
                read.reject("exploitationTypes", FormErrors.INVALID);
            }
        }
        Boolean child = switch (form.childSpecific() == null ? "" : form.childSpecific().strip()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            case "" -> null;
            default -> {
                read.reject("childSpecific", FormErrors.INVALID);
                yield null;
            }
        };
        return new NewLaw(form.country(), form.title(), read.integer("year", form.year(), LegalForms.NUMBER), types,
                child, form.childProvisions(), form.penalties(), form.link(), form.source());
    }
}
