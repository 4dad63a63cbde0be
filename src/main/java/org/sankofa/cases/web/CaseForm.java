package org.sankofa.cases.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.sankofa.cases.CaseDraft;
import org.sankofa.cases.RouteLeg;
import org.sankofa.shared.web.FormErrors;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The case form's values as sent (every value a string, so that nothing is refused before it can be explained), and
 * the draft read from them. Route legs are sent as {@code route[i].country}, {@code route[i].role},
 * {@code route[i].arrivedOn}, {@code route[i].leftOn}; empty rows are left out.
 */
final class CaseForm {

    static final int ROUTE_ROWS = 4;
    static final int MAX_ROUTE_ROWS = 8;

    private final MultiValueMap<String, String> values;

    CaseForm(MultiValueMap<String, String> values) {
        this.values = values == null ? new LinkedMultiValueMap<>() : values;
    }

    /** The first value sent for a field, or "". */
    public String v(String name) {
        String value = values.getFirst(name);
        return value == null ? "" : value;
    }

    /** Whether a value was chosen for a field (checkboxes, selects). */
    public boolean has(String name, String value) {
        List<String> chosen = values.get(name);
        return chosen != null && chosen.contains(value);
    }

    /** A checkbox: the option and whether it is ticked. */
    public record Choice(String value, String key, String text, boolean checked) {
    }

    /** The options of a group of checkboxes, each with whether it was ticked. */
    public List<Choice> choices(String name, List<Option> options) {
        return options.stream().map(o -> new Choice(o.value(), o.key(), o.text(), has(name, o.value()))).toList();
    }

    /** How many route rows the form shows: the legs given and at least one empty row. */
    public int routeRows() {
        int used = 0;
        for (int i = 0; i < MAX_ROUTE_ROWS; i++) {
            if (!v("route[" + i + "].country").isBlank() || !v("route[" + i + "].role").isBlank()) {
                used = i + 1;
            }
        }
        return Math.min(MAX_ROUTE_ROWS, Math.max(ROUTE_ROWS, used + 1));
    }

    /** The draft the form holds; a malformed date or number is noted in {@code read} (and read as null). */
    CaseDraft draft(FormErrors read) {
        List<RouteLeg> route = new ArrayList<>();
        for (int i = 0; i < MAX_ROUTE_ROWS; i++) {
            String p = "route[" + i + "].";
            if (v(p + "country").isBlank() && v(p + "role").isBlank() && v(p + "arrivedOn").isBlank()
                    && v(p + "leftOn").isBlank()) {
                continue;
            }
            route.add(new RouteLeg(v(p + "country"), v(p + "role"), date(read, p + "arrivedOn", "route["
                    + route.size() + "].arrivedOn"), date(read, p + "leftOn", "route[" + route.size() + "].leftOn")));
        }
        return new CaseDraft(date(read, "identifiedOn", "identifiedOn"), v("identifiedCountry"), v("identifiedCity"),
                v("referralSource"), v("traffickingStatus"), v("statusDecidedBy"),
                v("givenNames"), v("familyName"), v("aliases"), v("sex"), date(read, "dateOfBirth", "dateOfBirth"),
                read.integer("estimatedAge", v("estimatedAge")), v("citizenship"), list("languages"), v("contact"), v("address"),
                v("guardianName"), v("guardianContact"), v("guardianRelation"),
                v("recruitmentMethod"), list("controlMethods"), list("exploitationTypes"),
                v("forcedLabourIndustry"), v("sexExploitationType"), v("recruiterRelation"),
                v("recruitmentCountry"), v("recruitmentPlace"), v("exploitationCountry"), v("exploitationPlace"),
                v("narrative"), route, read.integer("version", v("version")));
    }

    /** The form filled with a case as it is (the edit form). */
    static CaseForm of(CaseDraft d) {
        MultiValueMap<String, String> values = new LinkedMultiValueMap<>();
        put(values, "identifiedOn", d.identifiedOn());
        put(values, "identifiedCountry", d.identifiedCountry());
        put(values, "identifiedCity", d.identifiedCity());
        put(values, "referralSource", d.referralSource());
        put(values, "traffickingStatus", d.traffickingStatus());
        put(values, "statusDecidedBy", d.statusDecidedBy());
        put(values, "givenNames", d.givenNames());
        put(values, "familyName", d.familyName());
        put(values, "aliases", d.aliases());
        put(values, "sex", d.sex());
        put(values, "dateOfBirth", d.dateOfBirth());
        put(values, "estimatedAge", d.estimatedAge());
        put(values, "citizenship", d.citizenship());
        values.put("languages", new ArrayList<>(d.languages()));
        put(values, "contact", d.contact());
        put(values, "address", d.address());
        put(values, "guardianName", d.guardianName());
        put(values, "guardianContact", d.guardianContact());
        put(values, "guardianRelation", d.guardianRelation());
        put(values, "recruitmentMethod", d.recruitmentMethod());
        values.put("controlMethods", new ArrayList<>(d.controlMethods()));
        values.put("exploitationTypes", new ArrayList<>(d.exploitationTypes()));
        put(values, "forcedLabourIndustry", d.forcedLabourIndustry());
        put(values, "sexExploitationType", d.sexExploitationType());
        put(values, "recruiterRelation", d.recruiterRelation());
        put(values, "recruitmentCountry", d.recruitmentCountry());
        put(values, "recruitmentPlace", d.recruitmentPlace());
        put(values, "exploitationCountry", d.exploitationCountry());
        put(values, "exploitationPlace", d.exploitationPlace());
        put(values, "narrative", d.narrative());
        for (int i = 0; i < d.route().size(); i++) {
            RouteLeg leg = d.route().get(i);
            put(values, "route[" + i + "].country", leg.country());
            put(values, "route[" + i + "].role", leg.role());
            put(values, "route[" + i + "].arrivedOn", leg.arrivedOn());
            put(values, "route[" + i + "].leftOn", leg.leftOn());
        }
        put(values, "version", d.version());
        return new CaseForm(values);
    }

    private static void put(MultiValueMap<String, String> values, String name, Object value) {
        if (value != null) {
            values.add(name, value.toString());
        }
    }

    private List<String> list(String name) {
        List<String> chosen = values.get(name);
        return chosen == null ? List.of() : chosen.stream().filter(v -> v != null && !v.isBlank()).toList();
    }

    private LocalDate date(FormErrors read, String name, String field) {
        return read.date(field, v(name), "case.date.malformed");
    }
}
