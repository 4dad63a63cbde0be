package org.sankofa.cases;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A case as one person may see it, decrypted. For a partner, the parts its referrals do not share are {@code null}
 * ({@link #shares()} says which are present); for the office's case workers and supervisors everything is present.
 */
public record CaseRecord(CaseId id, String caseNumber, long officeId, String officeCode, String status, int version,
        Set<CaseShare> shares, boolean fullAccess, Identification identification, Person person, Profile profile,
        List<RouteLeg> route) {

    /** Identification and screening. */
    public record Identification(LocalDate identifiedOn, String country, String city, long identifyingOfficeId,
            String identifyingOfficeCode, String referralSource, String traffickingStatus, String statusDecidedBy) {
    }

    /** The person; fields a partner may not see are null. */
    public record Person(String givenNames, String familyName, String aliases, String sex, LocalDate dateOfBirth,
            Integer ageAtIdentification, Boolean ageEstimated, Boolean child, String citizenship,
            List<String> languages, String contact, String address, String guardianName, String guardianContact,
            String guardianRelation) {

        /** Given names, family name: how the person is called (null when the name is not shared). */
        public String fullName() {
            if (givenNames == null) {
                return null;
            }
            return familyName == null || familyName.isBlank() ? givenNames : givenNames + " " + familyName;
        }
    }

    /** The trafficking profile (HTCDS vic_*). */
    public record Profile(String recruitmentMethod, List<String> controlMethods, List<String> exploitationTypes,
            String forcedLabourIndustry, String sexExploitationType, String recruiterRelation,
            String recruitmentCountry, String recruitmentPlace, String exploitationCountry, String exploitationPlace,
            String narrative) {
    }

    public boolean shows(CaseShare share) {
        return fullAccess || shares.contains(share);
    }

    /** The sections of the case page the reader may open, in order ({@link CaseSection#openable}, the one rule). */
    @JsonProperty("sections")
    public List<CaseSection> sections() {
        return CaseSection.openable(fullAccess, shares);
    }

    /** Whether the reader may open this section. */
    public boolean opens(CaseSection section) {
        return sections().contains(section);
    }

    /** The care sections the reader may open (their addresses under the case), in order. */
    public List<String> careSections() {
        return sections().stream().filter(CaseSection::care).map(CaseSection::path).toList();
    }
}
