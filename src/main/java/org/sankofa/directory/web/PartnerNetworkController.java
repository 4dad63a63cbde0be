package org.sankofa.directory.web;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.sankofa.directory.Coordinates;
import org.sankofa.directory.Countries;
import org.sankofa.directory.Directory;
import org.sankofa.directory.Office;
import org.sankofa.directory.OfficeId;
import org.sankofa.directory.PartnerService;
import org.sankofa.directory.PartnerServiceQuery;
import org.sankofa.directory.PartnerServices;
import org.sankofa.directory.ServedGroup;
import org.sankofa.directory.ServiceType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The partner network for everyone signed in: the services as a list with filters and pages, and a country's map of
 * services and offices (bundled Leaflet and a bundled outline, no tile server; the list beside it works without
 * JavaScript).
 */
@Controller
class PartnerNetworkController {

    static final int PAGE_SIZE = 25;
    static final String DEFAULT_COUNTRY = "SN";

    private final PartnerServices services;
    private final Directory directory;
    private final CountryOutlines outlines;
    private final Countries countries;

    PartnerNetworkController(PartnerServices services, Directory directory, CountryOutlines outlines,
            Countries countries) {
        this.services = services;
        this.directory = directory;
        this.outlines = outlines;
        this.countries = countries;
    }

    @GetMapping("/directory/services")
    String list(@RequestParam(required = false) @Pattern(regexp = "^([A-Z]{2})?$") String country,
            @RequestParam(defaultValue = "") @Size(max = 120) String city,
            @RequestParam(required = false) ServiceType type,
            @RequestParam(name = "for", required = false) ServedGroup servedGroup,
            @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page, HtmxRequest htmx,
            HttpServletResponse response, Model model) {
        // "any country" in the filters and the page links is sent as an empty value
        country = country == null || country.isEmpty() ? null : country;
        model.addAttribute("country", country);
        model.addAttribute("city", city);
        model.addAttribute("type", type);
        model.addAttribute("servedGroup", servedGroup);
        model.addAttribute("types", ServiceType.values());
        model.addAttribute("groups", ServedGroup.values());
        model.addAttribute("result", services.search(new PartnerServiceQuery(country, city,
                type == null ? Set.of() : Set.of(type), servedGroup, null, page, PAGE_SIZE)));
        response.addHeader("Vary", "HX-Request");
        if (htmx.isHtmxRequest() && !htmx.isHistoryRestoreRequest()) {
            return "directory/services/list :: results";
        }
        return "directory/services/list";
    }

    /** A place on the map: a service or an office, with the anchor of its entry in the list. */
    record Place(String kind, String anchor, String label, String detail, Coordinates point) {
    }

    @GetMapping("/directory/services/map")
    String map(@RequestParam(defaultValue = DEFAULT_COUNTRY) @Pattern(regexp = "^[A-Z]{2}$") String country,
            java.util.Locale locale, Model model) {
        if (!countries.exists(country)) {
            throw new org.sankofa.shared.NotFoundException("country");
        }
        List<PartnerService> found = services.search(PartnerServiceQuery.inCountry(country)).items();
        Map<OfficeId, Coordinates> placed = services.officePlaces(country);
        List<Office> offices = directory.offices().stream().filter(o -> o.countryCode().equals(country))
                .sorted(Comparator.comparing(Office::city).thenComparing(Office::code)).toList();
        model.addAttribute("country", country);
        model.addAttribute("countryName", countries.name(country, locale));
        // the countries with a bundled outline, by their name in the reader's language
        Set<String> outlined = outlines.countries();
        model.addAttribute("mapCountries", countries.all(locale).stream()
                .filter(c -> outlined.contains(c.code())).toList());
        model.addAttribute("services", found);
        model.addAttribute("offices", offices);
        model.addAttribute("officePlaces", placed);
        model.addAttribute("organisations", directory.organisations(
                offices.stream().map(Office::organisationId).toList()));
        model.addAttribute("outline", outlines.feature(country).orElse(null));
        model.addAttribute("placedCount", found.stream().filter(s -> s.coordinates() != null).count()
                + placed.size());
        return "directory/services/map";
    }
}
