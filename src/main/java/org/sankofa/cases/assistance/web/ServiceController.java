package org.sankofa.cases.assistance.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.sankofa.cases.CaseId;
import org.sankofa.cases.assistance.internal.Services;
import org.sankofa.cases.internal.CaseAccess;
import org.sankofa.cases.web.Sections;
import org.sankofa.directory.Directory;
import org.sankofa.directory.ServiceType;
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

/** Services delivered to the person. */
@Controller
@PreAuthorize(Roles.CASE_STAFF)
class ServiceController {

    private final CaseAccess cases;
    private final Services services;
    private final Directory directory;

    ServiceController(CaseAccess cases, Services services, Directory directory) {
        this.cases = cases;
        this.services = services;
        this.directory = directory;
    }

    record ServiceForm(String serviceType, String deliveredOn, String provider, String cost, String currency) {

        static ServiceForm empty() {
            return new ServiceForm("", LocalDate.now().toString(), "", "", "");
        }
    }

    @GetMapping("/cases/{caseId}/services")
    String section(@PathVariable CaseId caseId, @AuthenticationPrincipal CurrentUser user, HtmxRequest htmx,
            HttpServletResponse response, Model model) {
        return show(caseId, user, ServiceForm.empty(), Map.of(), htmx, response, model);
    }

    @PostMapping("/cases/{caseId}/services")
    String record(@PathVariable CaseId caseId, @ModelAttribute ServiceForm form,
            @AuthenticationPrincipal CurrentUser user, HtmxRequest htmx, HttpServletResponse response, Model model) {
        cases.editable(user, caseId);
        FormErrors read = new FormErrors();
        ServiceType type = read.choice("serviceType", form.serviceType(), ServiceType.class, "care.code.unknown");
        LocalDate deliveredOn = read.date("deliveredOn", form.deliveredOn(), "care.date.invalid");
        Long provider = read.id("provider", form.provider(), "care.code.unknown");
        BigDecimal cost = read.decimal("cost", form.cost(), "care.service.cost.invalid");
        String currency = form.currency() == null ? null : form.currency().strip().toUpperCase(Locale.ROOT);
        return Sections.save(read,
                () -> services.record(user, caseId, new Services.NewService(type, deliveredOn, provider, cost,
                        currency)),
                form, ServiceForm.empty(), "care.saved", "/cases/" + caseId + "/services", htmx, response, model,
                (messages, typed) -> show(caseId, user, typed, messages, htmx, response, model));
    }

    private String show(CaseId caseId, CurrentUser user, ServiceForm form, Map<String, String> errors,
            HtmxRequest htmx, HttpServletResponse response, Model model) {
        model.addAttribute("care", cases.readable(user, caseId, Services.PART));
        model.addAttribute("services", services.list(user, caseId));
        model.addAttribute("serviceTypes", ServiceType.values());
        model.addAttribute("organisations", directory.organisations());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("today", LocalDate.now());
        return Sections.view("services", htmx, response, model);
    }
}
