package org.sankofa.cases;

import java.time.LocalDate;
import java.util.List;

/**
 * What a case worker records when registering or changing a case: identification and screening, the person, the
 * trafficking profile and the route. Codes are the exact HTCDS value names (checked, unknown codes are refused with a
 * message for the field); countries are ISO 3166-1 alpha-2 codes. The person's age is derived from the date of birth
 * at identification, or given as an estimate ({@code estimatedAge}) when the date of birth is not known; whether the
 * case is a child's case follows from the age and is never typed. {@code version} is the version read, required to
 * change a case (optimistic locking) and ignored when registering one.
 */
public record CaseDraft(
        LocalDate identifiedOn, String identifiedCountry, String identifiedCity, String referralSource,
        String traffickingStatus, String statusDecidedBy,
        String givenNames, String familyName, String aliases, String sex, LocalDate dateOfBirth,
        Integer estimatedAge, String citizenship, List<String> languages, String contact, String address,
        String guardianName, String guardianContact, String guardianRelation,
        String recruitmentMethod, List<String> controlMethods, List<String> exploitationTypes,
        String forcedLabourIndustry, String sexExploitationType, String recruiterRelation,
        String recruitmentCountry, String recruitmentPlace, String exploitationCountry, String exploitationPlace,
        String narrative,
        List<RouteLeg> route,
        Integer version) {

    public CaseDraft {
        languages = languages == null ? List.of() : List.copyOf(languages.stream().filter(v -> v != null).toList());
        controlMethods = controlMethods == null ? List.of()
                : List.copyOf(controlMethods.stream().filter(v -> v != null).toList());
        exploitationTypes = exploitationTypes == null ? List.of()
                : List.copyOf(exploitationTypes.stream().filter(v -> v != null).toList());
        route = route == null ? List.of() : List.copyOf(route.stream().filter(v -> v != null).toList());
    }
}
