package org.sankofa.statistics.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.sankofa.directory.Countries;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Roles;
import org.sankofa.shared.InvalidInputException;
import org.sankofa.statistics.internal.Populations;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The population estimates behind SDG 16.2.2's rates (decision 0022): the people who report — coordinators, M&E
 * officers, administrators — see what is held, import a file of the World Population Prospects' layout naming its
 * source, and delete a country's year.
 */
@Controller
@RequestMapping("/statistics/populations")
@PreAuthorize(Roles.REPORTERS)
class PopulationController {

    private final Populations populations;
    private final Countries countries;

    PopulationController(Populations populations, Countries countries) {
        this.populations = populations;
        this.countries = countries;
    }

    @GetMapping
    String page(Locale locale, Model model) {
        return page(locale, model, null, null, null);
    }

    @PostMapping
    String upload(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) String source,
            @AuthenticationPrincipal CurrentUser user, Locale locale, Model model, HttpServletResponse response,
            RedirectAttributes redirect) throws IOException {
        if (file == null || file.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(locale, model, source, "statistics.population.file.required", null);
        }
        if (file.getSize() > Populations.MAX_BYTES) {
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            return page(locale, model, source, "statistics.population.file.tooLarge",
                    new Object[] {Populations.MAX_BYTES / (1024 * 1024)});
        }
        try (InputStream in = file.getInputStream()) {
            Populations.Imported imported = populations.importWpp(in, source, user);
            redirect.addFlashAttribute("message", "statistics.population.imported");
            redirect.addFlashAttribute("messageArgs", new Object[] {imported.countries().size(),
                imported.years().size(), imported.rows(), imported.skipped()});
            return "redirect:/statistics/populations";
        } catch (Populations.Rejected rejected) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(locale, model, source, rejected.messageKey(),
                    new Object[] {rejected.line(), rejected.value()});
        } catch (InvalidInputException invalid) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(locale, model, source, invalid.fieldErrors().values().iterator().next(), null);
        }
    }

    @PostMapping("/delete")
    String delete(@RequestParam String country, @RequestParam int year, @AuthenticationPrincipal CurrentUser user,
            RedirectAttributes redirect) {
        populations.delete(country, year, user);
        redirect.addFlashAttribute("message", "statistics.population.deleted");
        redirect.addFlashAttribute("messageArgs", new Object[] {country, Integer.toString(year)});
        return "redirect:/statistics/populations";
    }

    private String page(Locale locale, Model model, String source, String alert, Object[] alertArgs) {
        List<Populations.Held> held = populations.held();
        model.addAttribute("held", held);
        model.addAttribute("names", held.stream().map(Populations.Held::country).distinct()
                .collect(Collectors.toMap(code -> code, code -> countries.name(code, locale))));
        model.addAttribute("source", source);
        model.addAttribute("alert", alert);
        model.addAttribute("alertArgs", alertArgs == null ? new Object[0] : alertArgs);
        model.addAttribute("maxMegabytes", Populations.MAX_BYTES / (1024 * 1024));
        return "statistics/populations";
    }
}
