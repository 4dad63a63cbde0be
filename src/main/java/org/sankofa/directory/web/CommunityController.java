package org.sankofa.directory.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.sankofa.directory.Communities;
import org.sankofa.directory.Community;
import org.sankofa.directory.Countries;
import org.sankofa.directory.Membership;
import org.sankofa.shared.NotFoundException;
import org.sankofa.shared.web.FormErrors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The regional communities and their members on a date. */
@Controller
@RequestMapping("/directory/communities")
class CommunityController {

    private final Communities communities;
    private final Countries countries;

    CommunityController(Communities communities, Countries countries) {
        this.communities = communities;
        this.countries = countries;
    }

    /** A member as shown: the country's name in the reader's language. */
    record Member(String country, String name, LocalDate joinedOn, LocalDate leftOn, String source) {
    }

    record CommunitySummary(Community community, int members) {
    }

    @GetMapping
    String list(Model model) {
        LocalDate today = LocalDate.now();
        model.addAttribute("today", today);
        Map<String, Integer> members = communities.memberCounts(today);
        model.addAttribute("communities", communities.all().stream()
                .map(c -> new CommunitySummary(c, members.getOrDefault(c.code(), 0))).toList());
        return "directory/communities/list";
    }

    @GetMapping("/{code}")
    String members(@PathVariable String code, @RequestParam(required = false) String date,
            HttpServletResponse response, Model model) {
        Community community = communities.community(code.toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new NotFoundException("community"));
        model.addAttribute("community", community);
        model.addAttribute("dateValue", date == null ? "" : date);
        LocalDate on = FormErrors.text(date) == null ? LocalDate.now()
                : new FormErrors().date("date", date, "community.date.invalid");
        if (on == null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("dateError", "community.date.invalid");
            model.addAttribute("members", List.of());
            return "directory/communities/members";
        }
        model.addAttribute("dateValue", on.toString());
        model.addAttribute("date", on);
        model.addAttribute("members", members(communities.members(community.code(), on), countries,
                LocaleContextHolder.getLocale()));
        return "directory/communities/members";
    }

    static List<Member> members(List<Membership> memberships, Countries countries, Locale locale) {
        java.text.Collator collator = java.text.Collator.getInstance(locale);
        collator.setStrength(java.text.Collator.PRIMARY);
        return memberships.stream()
                .map(m -> new Member(m.countryCode(), countries.name(m.countryCode(), locale), m.joinedOn(),
                        m.leftOn(), m.source()))
                .sorted(Comparator.comparing(Member::name, collator))
                .toList();
    }
}
