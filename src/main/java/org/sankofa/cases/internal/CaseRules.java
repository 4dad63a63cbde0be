package org.sankofa.cases.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sankofa.cases.CaseDraft;
import org.sankofa.cases.CodeList;
import org.sankofa.cases.GuardianRelation;
import org.sankofa.cases.RouteLeg;
import org.sankofa.directory.SpokenLanguage;
import org.sankofa.directory.Countries;
import org.sankofa.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * The rules a case must follow before anything is stored: required fields, known codes and countries, no date in the
 * future, a date of birth or an estimated age, a guardian for a child, no markup in names and short fields, and
 * sizes. Every broken rule is reported for its field at once ({@link InvalidInputException}, 422).
 */
@Component
public class CaseRules {

    static final int MAX_ROUTE_LEGS = 8;
    static final int MAX_NARRATIVE = 4000;

    private final Countries countries;

    CaseRules(Countries countries) {
        this.countries = countries;
    }

    /** A case that follows the rules, with what is derived: the age at identification and whether it is estimated. */
    public record CheckedCase(CaseDraft draft, int ageAtIdentification, boolean ageEstimated) {

        public boolean child() {
            return ageAtIdentification < 18;
        }
    }

    /** Checks every rule at once: a message per wrong field (422), or the case with what follows from it. */
    public CheckedCase check(CaseDraft raw, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        CheckedCase checked = check(raw, today, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return checked;
    }

    /** The message of every rule the draft breaks, by field (none: an empty map); for a form shown again. */
    public Map<String, String> broken(CaseDraft raw, LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        check(raw, today, errors);
        return errors;
    }

    /** Adds a message to {@code errors} per broken rule; the case returned means something only without any. */
    private CheckedCase check(CaseDraft raw, LocalDate today, Map<String, String> errors) {
        CaseDraft d = normalise(raw);
        identification(d, today, errors);
        names(d, errors);
        Age age = age(d, today, errors);
        origins(d, errors);
        contacts(d, errors);
        guardian(d, age.child(), errors);
        profile(d, errors);
        narrative(d.narrative(), errors);
        route(d.route(), today, errors);
        if (d.version() != null && d.version() < 0) {
            errors.put("version", "validation.format");
        }
        return new CheckedCase(d, age.years() == null ? -1 : age.years(), age.estimated());
    }

    /** The age at identification, from the date of birth or estimated; {@code years} is null when it is not known. */
    record Age(Integer years, boolean estimated) {

        boolean child() {
            return years != null && years < 18;
        }
    }

    /** Identification and screening: when, where, who referred the person, and the trafficking status. */
    private void identification(CaseDraft d, LocalDate today, Map<String, String> errors) {
        if (d.identifiedOn() == null) {
            errors.put("identifiedOn", "validation.required");
        } else if (d.identifiedOn().isAfter(today)) {
            errors.put("identifiedOn", "case.date.future");
        } else if (d.identifiedOn().isBefore(LocalDate.of(1950, 1, 1))) {
            errors.put("identifiedOn", "case.date.past");
        }
        country(d.identifiedCountry(), "identifiedCountry", true, errors);
        text(d.identifiedCity(), "identifiedCity", 120, false, errors);
        code(CodeList.REFERRAL_SOURCE, d.referralSource(), "referralSource", true, errors);
        code(CodeList.TRAFFICKING_STATUS, d.traffickingStatus(), "traffickingStatus", true, errors);
        code(CodeList.TRAFFICKING_STATUS_DECISION_MAKER, d.statusDecidedBy(), "statusDecidedBy", false, errors);
    }

    /** The person's names (a given name is required) and sex. */
    private static void names(CaseDraft d, Map<String, String> errors) {
        text(d.givenNames(), "givenNames", 120, true, errors);
        text(d.familyName(), "familyName", 120, false, errors);
        text(d.aliases(), "aliases", 200, false, errors);
        code(CodeList.GENDER, d.sex(), "sex", true, errors);
    }

    /**
     * The age at identification: from a date of birth (not in the future, not after the identification, at most 120
     * years), or an estimate when the date is not known — one of the two, never both.
     */
    private static Age age(CaseDraft d, LocalDate today, Map<String, String> errors) {
        if (d.dateOfBirth() != null) {
            Age age = bornOn(d.dateOfBirth(), d.identifiedOn(), today, errors);
            if (d.estimatedAge() != null) {
                errors.put("estimatedAge", "case.age.both");
            }
            return age;
        }
        if (d.estimatedAge() == null) {
            errors.put("estimatedAge", "case.age.required");
            return new Age(null, false);
        }
        if (d.estimatedAge() < 0 || d.estimatedAge() > 120) {
            errors.put("estimatedAge", "case.age.range");
            return new Age(null, false);
        }
        return new Age(d.estimatedAge(), true);
    }

    private static Age bornOn(LocalDate dateOfBirth, LocalDate identifiedOn, LocalDate today,
            Map<String, String> errors) {
        if (dateOfBirth.isAfter(today)) {
            errors.put("dateOfBirth", "case.date.future");
        } else if (identifiedOn != null && dateOfBirth.isAfter(identifiedOn)) {
            errors.put("dateOfBirth", "case.dateOfBirth.afterIdentification");
        } else if (identifiedOn != null) {
            int years = Period.between(dateOfBirth, identifiedOn).getYears();
            if (years <= 120) {
                return new Age(years, false);
            }
            errors.put("dateOfBirth", "case.age.range");
        }
        return new Age(null, false);
    }

    /** Citizenship and the languages spoken (known codes, each once). */
    private void origins(CaseDraft d, Map<String, String> errors) {
        country(d.citizenship(), "citizenship", false, errors);
        Set<String> seen = new LinkedHashSet<>();
        for (String language : d.languages()) {
            if (!SpokenLanguage.known(language) || !seen.add(language)) {
                errors.put("languages", "case.code.unknown");
            }
        }
    }

    private static void contacts(CaseDraft d, Map<String, String> errors) {
        text(d.contact(), "contact", 200, false, errors);
        text(d.address(), "address", 300, false, errors);
    }

    /** A child has a guardian, named, with their relation to the child. */
    private static void guardian(CaseDraft d, boolean child, Map<String, String> errors) {
        text(d.guardianName(), "guardianName", 120, child, errors);
        text(d.guardianContact(), "guardianContact", 200, false, errors);
        if (blank(d.guardianRelation())) {
            if (child) {
                errors.put("guardianRelation", "case.guardian.required");
            }
        } else if (Arrays.stream(GuardianRelation.values()).noneMatch(r -> r.name().equals(d.guardianRelation()))) {
            errors.put("guardianRelation", "case.code.unknown");
        }
        if (child && "validation.required".equals(errors.get("guardianName"))) {
            errors.put("guardianName", "case.guardian.required");
        }
    }

    /** The trafficking profile: HTCDS codes, countries and places of recruitment and exploitation. */
    private void profile(CaseDraft d, Map<String, String> errors) {
        code(CodeList.METHOD_OF_RECRUITMENT, d.recruitmentMethod(), "recruitmentMethod", false, errors);
        codes(CodeList.METHODS_OF_CONTROL, d.controlMethods(), "controlMethods", errors);
        codes(CodeList.TYPE_OF_EXPLOITATION, d.exploitationTypes(), "exploitationTypes", errors);
        code(CodeList.FORCED_LABOUR_INDUSTRY, d.forcedLabourIndustry(), "forcedLabourIndustry", false, errors);
        code(CodeList.TYPE_OF_SEX_EXPLOITATION, d.sexExploitationType(), "sexExploitationType", false, errors);
        code(CodeList.RELATIONSHIP_TO_TRAFFICKER, d.recruiterRelation(), "recruiterRelation", false, errors);
        country(d.recruitmentCountry(), "recruitmentCountry", false, errors);
        text(d.recruitmentPlace(), "recruitmentPlace", 120, false, errors);
        country(d.exploitationCountry(), "exploitationCountry", false, errors);
        text(d.exploitationPlace(), "exploitationPlace", 120, false, errors);
    }

    /** The narrative: long text with its lines, but no markup. */
    private static void narrative(String narrative, Map<String, String> errors) {
        if (narrative != null && narrative.length() > MAX_NARRATIVE) {
            errors.put("narrative", "validation.too.long");
        } else if (narrative != null && narrative.toLowerCase().matches("(?s).*<\\s*/?\\s*[a-z!].*")) {
            errors.put("narrative", "case.text.markup");
        }
    }

    /** The route: at most {@value #MAX_ROUTE_LEGS} legs, each a known country and role, left after arriving. */
    private void route(List<RouteLeg> route, LocalDate today, Map<String, String> errors) {
        if (route.size() > MAX_ROUTE_LEGS) {
            errors.put("route", "case.route.tooLong");
        }
        for (int i = 0; i < route.size(); i++) {
            leg(route.get(i), "route[" + i + "].", today, errors);
        }
    }

    private void leg(RouteLeg leg, String field, LocalDate today, Map<String, String> errors) {
        country(leg.country(), field + "country", true, errors);
        if (blank(leg.role())) {
            errors.put(field + "role", "validation.required");
        } else if (!RouteLeg.ROLES.contains(leg.role())) {
            errors.put(field + "role", "case.code.unknown");
        }
        if (leg.arrivedOn() != null && leg.arrivedOn().isAfter(today)) {
            errors.put(field + "arrivedOn", "case.date.future");
        }
        if (leg.leftOn() != null && leg.leftOn().isAfter(today)) {
            errors.put(field + "leftOn", "case.date.future");
        } else if (leg.leftOn() != null && leg.arrivedOn() != null && leg.leftOn().isBefore(leg.arrivedOn())) {
            errors.put(field + "leftOn", "case.route.leftBeforeArrived");
        }
    }

    /** Blank values become null, values are stripped (the narrative keeps its inner lines). */
    static CaseDraft normalise(CaseDraft d) {
        return new CaseDraft(d.identifiedOn(), clean(d.identifiedCountry()), clean(d.identifiedCity()),
                clean(d.referralSource()), clean(d.traffickingStatus()), clean(d.statusDecidedBy()),
                clean(d.givenNames()), clean(d.familyName()), clean(d.aliases()), clean(d.sex()), d.dateOfBirth(),
                d.estimatedAge(), clean(d.citizenship()), cleanAll(d.languages()), clean(d.contact()),
                clean(d.address()), clean(d.guardianName()), clean(d.guardianContact()), clean(d.guardianRelation()),
                clean(d.recruitmentMethod()), cleanAll(d.controlMethods()), cleanAll(d.exploitationTypes()),
                clean(d.forcedLabourIndustry()), clean(d.sexExploitationType()), clean(d.recruiterRelation()),
                clean(d.recruitmentCountry()), clean(d.recruitmentPlace()), clean(d.exploitationCountry()),
                clean(d.exploitationPlace()), clean(d.narrative()),
                d.route().stream().map(l -> new RouteLeg(clean(l.country()), clean(l.role()), l.arrivedOn(),
                        l.leftOn())).toList(),
                d.version());
    }

    static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static List<String> cleanAll(List<String> values) {
        return values.stream().map(CaseRules::clean).filter(v -> v != null).distinct().toList();
    }

    private void country(String value, String field, boolean required, Map<String, String> errors) {
        if (blank(value)) {
            if (required) {
                errors.put(field, "validation.required");
            }
        } else if (!countries.exists(value)) {
            errors.put(field, "case.country.unknown");
        }
    }

    private static void code(CodeList list, String value, String field, boolean required, Map<String, String> errors) {
        if (blank(value)) {
            if (required) {
                errors.put(field, "validation.required");
            }
            return;
        }
        try {
            list.fromValue(value);
        } catch (IllegalArgumentException e) {
            errors.put(field, "case.code.unknown");
        }
    }

    private static void codes(CodeList list, List<String> values, String field, Map<String, String> errors) {
        List<String> seen = new ArrayList<>();
        for (String value : values) {
            if (seen.contains(value)) {
                errors.put(field, "case.code.unknown");
            }
            seen.add(value);
            code(list, value, field, true, errors);
        }
    }

    private static void text(String value, String field, int max, boolean required, Map<String, String> errors) {
        if (blank(value)) {
            if (required) {
                errors.put(field, "validation.required");
            }
        } else if (value.length() > max) {
            errors.put(field, "validation.too.long");
        } else if (value.indexOf('<') >= 0 || value.indexOf('>') >= 0) {
            errors.put(field, "case.text.markup");
        } else if (value.chars().anyMatch(c -> Character.isISOControl(c))) {
            errors.put(field, "validation.format");
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
