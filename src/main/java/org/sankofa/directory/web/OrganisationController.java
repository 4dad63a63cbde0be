package org.sankofa.directory.web;

import java.util.Map;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.sankofa.directory.Directory;
import org.sankofa.directory.NewOrganisation;
import org.sankofa.directory.Organisation;
import org.sankofa.directory.OrganisationId;
import org.sankofa.directory.OrganisationQuery;
import org.sankofa.directory.OrganisationType;
import org.sankofa.directory.PartnerServices;
import org.sankofa.shared.NotFoundException;
import org.sankofa.shared.web.FormErrors;
import org.sankofa.shared.web.FormSubmission;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The organisations' pages: a searchable list, the details with offices, and the administrators' forms. */
@Controller
@RequestMapping("/directory/organisations")
class OrganisationController {

    static final int PAGE_SIZE = 25;

    private final Directory directory;
    private final PartnerServices services;

    OrganisationController(Directory directory, PartnerServices services) {
        this.directory = directory;
        this.services = services;
    }

    /** What the form sends; every value a string, so that no input is refused before it can be explained. */
    record OrganisationForm(String name, String acronym, String type, String country, String website,
            String version) {

        static OrganisationForm empty() {
            return new OrganisationForm("", "", "", "", "", "");
        }

        static OrganisationForm of(Organisation o) {
            return new OrganisationForm(o.name(), o.acronym(), o.type().name(), o.countryCode(), o.website(),
                    String.valueOf(o.version()));
        }
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") @Size(max = 100) String q,
            @RequestParam(required = false) OrganisationType type,
            @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page, HtmxRequest htmx,
            HttpServletResponse response, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("type", type);
        model.addAttribute("types", OrganisationType.values());
        model.addAttribute("result", directory.search(new OrganisationQuery(q, type, page, PAGE_SIZE)));
        response.addHeader("Vary", "HX-Request");
        if (htmx.isHtmxRequest() && !htmx.isHistoryRestoreRequest()) {
            return "directory/organisations/list :: results";
        }
        return "directory/organisations/list";
    }

    @GetMapping("/{id}")
    String details(@PathVariable long id, Authentication who, Model model) {
        Organisation organisation = find(id);
        model.addAttribute("organisation", organisation);
        model.addAttribute("offices", directory.offices(organisation.id()));
        model.addAttribute("services", services.services(organisation.id()));
        model.addAttribute("editsServices", ServiceEditors.of(who).mayEdit(organisation.id()));
        return "directory/organisations/details";
    }

    @GetMapping("/new")
    @PreAuthorize(Access.ADMINISTRATORS)
    String newForm(Model model) {
        return form(model, OrganisationForm.empty(), null, Map.of(), null);
    }

    @PostMapping
    @PreAuthorize(Access.ADMINISTRATORS)
    String create(@ModelAttribute OrganisationForm form, @AuthenticationPrincipal UserDetails user, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        FormErrors read = new FormErrors();
        NewOrganisation input = input(form, read);
        return FormSubmission.submit(read, response, () -> {
            Organisation created = DirectoryForms.unique(() -> directory.create(input, user.getUsername()));
            redirect.addFlashAttribute("message", "organisation.created");
            return "redirect:/directory/organisations/" + created.id().value();
        }, (errors, alert) -> form(model, form, null, errors, alert));
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize(Access.ADMINISTRATORS)
    String editForm(@PathVariable long id, Model model) {
        Organisation organisation = find(id);
        return form(model, OrganisationForm.of(organisation), organisation, Map.of(), null);
    }

    @PostMapping("/{id}")
    @PreAuthorize(Access.ADMINISTRATORS)
    String update(@PathVariable long id, @ModelAttribute OrganisationForm form,
            @AuthenticationPrincipal UserDetails user, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        Organisation organisation = find(id);
        FormErrors read = new FormErrors();
        NewOrganisation input = input(form, read);
        return FormSubmission.submit(read, form.version(), response, version -> {
            DirectoryForms.unique(() -> directory.update(organisation.id(), version, input, user.getUsername()));
            redirect.addFlashAttribute("message", "organisation.updated");
            return "redirect:/directory/organisations/" + id;
        }, (errors, alert) -> form(model, form, organisation, errors, alert));
    }

    private String form(Model model, OrganisationForm form, Organisation organisation, Map<String, String> errors,
            String alert) {
        model.addAttribute("form", form);
        model.addAttribute("organisation", organisation);
        model.addAttribute("errors", errors);
        model.addAttribute("alert", alert);
        model.addAttribute("types", OrganisationType.values());
        return "directory/organisations/form";
    }

    private Organisation find(long id) {
        return directory.organisation(new OrganisationId(id)).orElseThrow(() -> new NotFoundException("organisation"));
    }

    private static NewOrganisation input(OrganisationForm form, FormErrors read) {
        return new NewOrganisation(form.name(), form.acronym(),
                read.choice("type", form.type(), OrganisationType.class, "organisation.type.invalid"), form.country(),
                form.website());
    }
}
