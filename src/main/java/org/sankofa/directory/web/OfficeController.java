package org.sankofa.directory.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.sankofa.directory.Coordinates;
import org.sankofa.directory.Directory;
import org.sankofa.directory.NewOffice;
import org.sankofa.directory.Office;
import org.sankofa.directory.OfficeId;
import org.sankofa.directory.Organisation;
import org.sankofa.directory.OrganisationId;
import org.sankofa.directory.PartnerServices;
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
    private final PartnerServices services;

    OfficeController(Directory directory, PartnerServices services) {
        this.directory = directory;
        this.services = services;
    }

    /** The office, and its place on the partner network's map (optional: both or neither). */
    record OfficeForm(String code, String name, String country, String city, String latitude, String longitude,
            String version) {

        static OfficeForm empty() {
            return new OfficeForm("", "", "", "", "", "", "");
        }

        static OfficeForm of(Office o, Coordinates point) {
            return new OfficeForm(o.code(), o.name(), o.countryCode(), o.city(),
                    point == null ? "" : point.latitude().toPlainString(),
                    point == null ? "" : point.longitude().toPlainString(), String.valueOf(o.version()));
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
        FormErrors read = new FormErrors();
        Coordinates point = point(form, read);
        return FormSubmission.submit(read, response, () -> {
            Office created = DirectoryForms.unique(() -> directory.create(form.input(organisation),
                    user.getUsername()));
            if (point != null) {
                services.placeOffice(created.id(), point, user.getUsername());
            }
            redirect.addFlashAttribute("message", "office.created");
            return "redirect:/directory/organisations/" + id;
        }, (errors, alert) -> form(model, organisation, null, form, errors, alert));
    }

    @GetMapping("/directory/offices/{id}/edit")
    @PreAuthorize(Access.ADMINISTRATORS)
    String editForm(@PathVariable long id, Model model) {
        Office office = office(id);
        return form(model, organisation(office.organisationId().value()), office,
                OfficeForm.of(office, services.officePlaces(office.countryCode()).get(office.id())), Map.of(), null);
    }

    @PostMapping("/directory/offices/{id}")
    @PreAuthorize(Access.ADMINISTRATORS)
    String update(@PathVariable long id, @ModelAttribute OfficeForm form, @AuthenticationPrincipal UserDetails user,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Office office = office(id);
        Organisation organisation = organisation(office.organisationId().value());
        FormErrors read = new FormErrors();
        Coordinates point = point(form, read);
        return FormSubmission.submit(read, form.version(), response, version -> {
            Office changed = DirectoryForms.unique(() -> directory.update(office.id(), version,
                    form.input(organisation), user.getUsername()));
            Coordinates before = services.officePlaces(changed.countryCode()).get(office.id());
            if (!java.util.Objects.equals(before, point)) {
                services.placeOffice(office.id(), point, user.getUsername());
            }
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

    /** The point typed, checked before anything is written: null when both fields are empty. */
    private static Coordinates point(OfficeForm form, FormErrors read) {
        BigDecimal latitude = read.decimal("latitude", form.latitude(), "partner.service.latitude.range");
        BigDecimal longitude = read.decimal("longitude", form.longitude(), "partner.service.longitude.range");
        if (latitude == null && longitude == null) {
            return null;
        }
        if (latitude != null && latitude.abs().compareTo(BigDecimal.valueOf(90)) > 0) {
            read.reject("latitude", "partner.service.latitude.range");
        }
        if (longitude != null && longitude.abs().compareTo(BigDecimal.valueOf(180)) > 0) {
            read.reject("longitude", "partner.service.longitude.range");
        }
        if (latitude == null && FormErrors.text(form.latitude()) == null) {
            read.reject("latitude", "partner.service.point.whole");
        }
        if (longitude == null && FormErrors.text(form.longitude()) == null) {
            read.reject("longitude", "partner.service.point.whole");
        }
        return new Coordinates(latitude == null ? null : latitude.setScale(5, java.math.RoundingMode.HALF_UP),
                longitude == null ? null : longitude.setScale(5, java.math.RoundingMode.HALF_UP));
    }

    private Organisation organisation(long id) {
        return directory.organisation(new OrganisationId(id)).orElseThrow(() -> new NotFoundException("organisation"));
    }

    private Office office(long id) {
        return directory.office(new OfficeId(id)).orElseThrow(() -> new NotFoundException("office"));
    }
}
