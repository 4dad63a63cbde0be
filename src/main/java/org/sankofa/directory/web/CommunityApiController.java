package org.sankofa.directory.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.sankofa.directory.Communities;
import org.sankofa.directory.Community;
import org.sankofa.directory.Countries;
import org.sankofa.directory.Country;
import org.sankofa.shared.NotFoundException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Countries and communities", description = "ISO 3166-1 countries and regional communities with dated memberships")
class CommunityApiController {

    private final Communities communities;
    private final Countries countries;

    CommunityApiController(Communities communities, Countries countries) {
        this.communities = communities;
        this.countries = countries;
    }

    record CommunityView(String code, String name, LocalDate foundedOn) {

        static CommunityView of(Community c) {
            return new CommunityView(c.code(), c.name(), c.foundedOn());
        }
    }

    record MemberView(String country, String name, LocalDate joinedOn, LocalDate leftOn, String source) {
    }

    record Members(String community, String name, LocalDate date, List<MemberView> members) {
    }

    @GetMapping("/communities")
    @Operation(summary = "The regional communities")
    List<CommunityView> communities() {
        return communities.all().stream().map(CommunityView::of).toList();
    }

    @GetMapping("/communities/{code}/members")
    @Operation(summary = "The members of a community on a date (today by default), with country names in the "
            + "Accept-Language language")
    Members members(@PathVariable String code,
            @Parameter(description = "YYYY-MM-DD; today when absent") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        Community community = communities.community(code.toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new NotFoundException("community"));
        LocalDate on = date == null ? LocalDate.now() : date;
        Locale language = LocaleContextHolder.getLocale();
        List<MemberView> members = CommunityController.members(communities.members(community.code(), on), countries,
                language).stream()
                .map(m -> new MemberView(m.country(), m.name(), m.joinedOn(), m.leftOn(), m.source())).toList();
        return new Members(community.code(), community.name(), on, members);
    }

    @GetMapping("/countries")
    @Operation(summary = "The ISO 3166-1 countries (alpha-2 codes), named and sorted in the Accept-Language language")
    List<Country> countries() {
        return countries.all(LocaleContextHolder.getLocale());
    }
}
