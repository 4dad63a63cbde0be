package org.sankofa.directory.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import org.sankofa.directory.Coordinates;
import org.sankofa.directory.Directory;
import org.sankofa.directory.NewPartnerService;
import org.sankofa.directory.Organisation;
import org.sankofa.directory.OrganisationId;
import org.sankofa.directory.PartnerService;
import org.sankofa.directory.PartnerServiceId;
import org.sankofa.directory.PartnerServices;
import org.sankofa.directory.ServedGroup;
import org.sankofa.directory.ServiceAvailability;
import org.sankofa.directory.ServiceEditor;
import org.sankofa.directory.ServiceType;
import org.sankofa.directory.SpokenLanguage;
import org.sankofa.shared.NotFoundException;
import org.sankofa.shared.web.FormErrors;
import org.sankofa.shared.web.FormSubmission;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms of a partner's services, reached from its organisation's page: add, change, confirm "still true today",
 * remove (after a confirmation page). A partner edits its own organisation's services, an administrator any.
 */
@Controller
@PreAuthorize(ServiceEditors.EDITORS)
class PartnerServiceController {

    private final Directory directory;
    private final PartnerServices services;

    PartnerServiceController(Directory directory, PartnerServices services) {
        this.directory = directory;
        this.services = services;
    }

    /** What the form sends; every value a string, so that no input is refused before it can be explained. */
    record ServiceForm(String type, String name, List<String> servedGroups, String country, String city,
            String latitude, String longitude, String capacity, String availability, List<String> languages,
            String contactName, String contactPhone, String contactEmail, String hours, String version) {

        ServiceForm {
            servedGroups = servedGroups == null ? List.of() : servedGroups;
            languages = languages == null ? List.of() : languages;
        }

        static ServiceForm empty(String country, String city) {
            return new ServiceForm("", "", List.of(), country, city, "", "", "", "AVAILABLE", List.of(), "", "", "",
                    "", "");
        }

        static ServiceForm of(PartnerService s) {
            return new ServiceForm(s.type().name(), s.name(), s.servedGroups().stream().map(Enum::name).toList(),
                    s.countryCode(), s.city(),
                    s.coordinates() == null ? "" : s.coordinates().latitude().toPlainString(),
                    s.coordinates() == null ? "" : s.coordinates().longitude().toPlainString(),
                    s.capacity() == null ? "" : String.valueOf(s.capacity()), s.availability().name(),
                    s.languages(), s.contactName(), s.contactPhone(), s.contactEmail(), s.hours(),
                    String.valueOf(s.version()));
        }
    }

    @GetMapping("/directory/organisations/{id}/services/new")
    String newForm(@PathVariable long id, Authentication who, Model model) {
        Organisation organisation = editableOrganisation(id, who);
        return form(model, ServiceForm.empty(organisation.countryCode(), ""), organisation, null, Map.of(), null);
    }

    @PostMapping("/directory/organisations/{id}/services")
    String add(@PathVariable long id, @ModelAttribute ServiceForm form, Authentication who, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        Organisation organisation = editableOrganisation(id, who);
        FormErrors read = new FormErrors();
        NewPartnerService input = input(form, read);
        return FormSubmission.submit(read, response, () -> {
            services.add(ServiceEditors.of(who), organisation.id(), input);
            redirect.addFlashAttribute("message", "partner.service.added");
            return "redirect:/directory/organisations/" + id + "#services";
        }, (errors, alert) -> form(model, form, organisation, null, errors, alert));
    }

    @GetMapping("/directory/services/{id}/edit")
    String editForm(@PathVariable long id, Authentication who, Model model) {
        PartnerService service = editable(id, who);
        return form(model, ServiceForm.of(service), organisation(service), service, Map.of(), null);
    }

    @PostMapping("/directory/services/{id}")
    String change(@PathVariable long id, @ModelAttribute ServiceForm form, Authentication who, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        PartnerService service = editable(id, who);
        FormErrors read = new FormErrors();
        NewPartnerService input = input(form, read);
        return FormSubmission.submit(read, form.version(), response, version -> {
            services.change(ServiceEditors.of(who), service.id(), version, input);
            redirect.addFlashAttribute("message", "partner.service.changed");
            return "redirect:/directory/organisations/" + service.organisationId().value() + "#services";
        }, (errors, alert) -> form(model, form, organisation(service), service, errors, alert));
    }

    @PostMapping("/directory/services/{id}/confirm")
    String confirm(@PathVariable long id, @RequestParam(defaultValue = "") String version, Authentication who,
            RedirectAttributes redirect) {
        PartnerService service = editable(id, who);
        Integer expected = FormErrors.versionOf(version);
        if (expected == null) {
            throw org.sankofa.shared.InvalidInputException.of("version", "validation.required");
        }
        services.confirm(ServiceEditors.of(who), service.id(), expected);
        redirect.addFlashAttribute("message", "partner.service.confirmed.today");
        return "redirect:/directory/organisations/" + service.organisationId().value() + "#services";
    }

    @GetMapping("/directory/services/{id}/remove")
    String removeForm(@PathVariable long id, Authentication who, Model model) {
        PartnerService service = editable(id, who);
        model.addAttribute("service", service);
        model.addAttribute("organisation", organisation(service));
        return "directory/services/remove";
    }

    @PostMapping("/directory/services/{id}/remove")
    String remove(@PathVariable long id, @RequestParam(defaultValue = "") String version, Authentication who,
            RedirectAttributes redirect) {
        PartnerService service = editable(id, who);
        Integer expected = FormErrors.versionOf(version);
        if (expected == null) {
            throw org.sankofa.shared.InvalidInputException.of("version", "validation.required");
        }
        services.remove(ServiceEditors.of(who), service.id(), expected);
        redirect.addFlashAttribute("message", "partner.service.removed");
        return "redirect:/directory/organisations/" + service.organisationId().value() + "#services";
    }

    private String form(Model model, ServiceForm form, Organisation organisation, PartnerService service,
            Map<String, String> errors, String alert) {
        model.addAttribute("form", form);
        model.addAttribute("organisation", organisation);
        model.addAttribute("service", service);
        model.addAttribute("errors", errors);
        model.addAttribute("alert", alert);
        model.addAttribute("types", ServiceType.values());
        model.addAttribute("groups", ServedGroup.values());
        model.addAttribute("languages", SpokenLanguage.values());
        model.addAttribute("availabilities", ServiceAvailability.values());
        return "directory/services/form";
    }

    private Organisation editableOrganisation(long id, Authentication who) {
        Organisation organisation = directory.organisation(new OrganisationId(id))
                .orElseThrow(() -> new NotFoundException("organisation"));
        if (!ServiceEditors.of(who).mayEdit(organisation.id())) {
            throw new AccessDeniedException("the services of another organisation");
        }
        return organisation;
    }

    private PartnerService editable(long id, Authentication who) {
        PartnerService service = services.service(new PartnerServiceId(id))
                .filter(s -> !s.removed()).orElseThrow(() -> new NotFoundException("partner_service"));
        ServiceEditor editor = ServiceEditors.of(who);
        if (!editor.mayEdit(service.organisationId())) {
            throw new AccessDeniedException("the services of another organisation");
        }
        return service;
    }

    private Organisation organisation(PartnerService service) {
        return directory.organisation(service.organisationId()).orElseThrow();
    }

    static NewPartnerService input(ServiceForm form, FormErrors read) {
        ServiceType type = read.choice("type", form.type(), ServiceType.class, "partner.service.type.required");
        Set<ServedGroup> groups = read.choices("servedGroups", form.servedGroups(), ServedGroup.class,
                "partner.service.for.required");
        BigDecimal latitude = read.decimal("latitude", form.latitude(), "partner.service.latitude.range");
        BigDecimal longitude = read.decimal("longitude", form.longitude(), "partner.service.longitude.range");
        Integer capacity = read.integer("capacity", form.capacity(), "partner.service.capacity.range");
        ServiceAvailability availability = read.choice("availability", form.availability(),
                ServiceAvailability.class, "partner.service.availability.required");
        // the codes of the spoken-languages list, as ticked; an unknown one is refused by the directory's rules
        List<String> languages = form.languages().stream().filter(l -> l != null && !l.isBlank()).toList();
        Coordinates point = latitude == null && longitude == null ? null : new Coordinates(latitude, longitude);
        return new NewPartnerService(type, form.name(), groups, form.country(), form.city(), point, capacity,
                availability, languages, form.contactName(), form.contactPhone(), form.contactEmail(), form.hours());
    }
}
