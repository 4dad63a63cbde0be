package org.sankofa.directory.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.sankofa.directory.Directory;
import org.sankofa.directory.NewOffice;
import org.sankofa.directory.Office;
import org.sankofa.directory.OfficeId;
import org.sankofa.directory.Organisation;
import org.sankofa.directory.OrganisationId;
import org.sankofa.shared.NotFoundException;
import org.sankofa.shared.web.FormErrors;
import org.sankofa.shared.web.FormSubmission;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators' forms for an organisation's offices. */
@Controller
class OfficeController {

    private final Directory directory;

    OfficeController(Directory directory) {
        this.directory = directory;
    }

    record OfficeForm(String code, String name, String country, String city, String version) {

        static OfficeForm empty() {
            return new OfficeForm("", "", "", "", "");
        }

        static OfficeForm of(Office o) {
            return new OfficeForm(o.code(), o.name(), o.countryCode(), o.city(), String.valueOf(o.version()));
        }

        NewOffice input(Organisation organisation) {
            return new NewOffice(organisation.id(), code, name, country, city);
        }
    }

    @GetMapping("/directory/organisations/{id}/offices/new")
    @PreAuthorize(Access.ADMINISTRATORS)
    String newForm(@PathVariable long id, Model model) {
        return form(model, organisation(id), null, OfficeForm.empty(), Map.of(), null);
    }

    @PostMapping("/directory/organisations/{id}/offices")
    @PreAuthorize(Access.ADMINISTRATORS)
    String create(@PathVariable long id, @ModelAttribute OfficeForm form, @AuthenticationPrincipal UserDetails user,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Organisation organisation = organisation(id);
        return FormSubmission.submit(new FormErrors(), response, () -> {
            DirectoryForms.unique(() -> directory.create(form.input(organisation), user.getUsername()));
            redirect.addFlashAttribute("message", "office.created");
            return "redirect:/directory/organisations/" + id;
        }, (errors, alert) -> form(model, organisation, null, form, errors, alert));
    }

    @GetMapping("/directory/offices/{id}/edit")
    @PreAuthorize(Access.ADMINISTRATORS)
    String editForm(@PathVariable long id, Model model) {
        Office office = office(id);
        return form(model, organisation(office.organisationId().value()), office, OfficeForm.of(office), Map.of(),
                null);
    }

    @PostMapping("/directory/offices/{id}")
    @PreAuthorize(Access.ADMINISTRATORS)
    String update(@PathVariable long id, @ModelAttribute OfficeForm form, @AuthenticationPrincipal UserDetails user,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Office office = office(id);
        Organisation organisation = organisation(office.organisationId().value());
        return FormSubmission.submit(new FormErrors(), form.version(), response, version -> {
            DirectoryForms.unique(() -> directory.update(office.id(), version, form.input(organisation),
                    user.getUsername()));
            redirect.addFlashAttribute("message", "office.updated");
            return "redirect:/directory/organisations/" + organisation.id().value();
        }, (errors, alert) -> form(model, organisation, office, form, errors, alert));
    }

    private String form(Model model, Organisation organisation, Office office, OfficeForm form,
            Map<String, String> errors, String alert) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("office", office);
        model.addAttribute("form", form);
        model.addAttribute("errors", new LinkedHashMap<>(errors));
        model.addAttribute("alert", alert);
        return "directory/offices/form";
    }

    private Organisation organisation(long id) {
        return directory.organisation(new OrganisationId(id)).orElseThrow(() -> new NotFoundException("organisation"));
    }

    private Office office(long id) {
        return directory.office(new OfficeId(id)).orElseThrow(() -> new NotFoundException("office"));
    }
}
