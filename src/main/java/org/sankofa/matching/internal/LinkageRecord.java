package org.sankofa.matching.internal;

import java.time.LocalDate;

/**
 * What linkage compares of one person, decrypted in memory and never stored: names, sex, date of birth or age when
 * identified, citizenship, a place (where the person comes from or was recruited) and a guardian's or parent's name.
 * Any field may be null (not known).
 *
 * @param id the record's id (a case id, or 0 for a record not yet saved)
 */
public record LinkageRecord(long id, String givenNames, String familyName, String sex, LocalDate dateOfBirth,
        Integer ageAtIdentification, LocalDate identifiedOn, String citizenship, String place, String guardianName) {

    /** The year of birth: from the date of birth, else estimated from the age when identified; null when neither. */
    public Integer birthYear() {
        if (dateOfBirth != null) {
            return dateOfBirth.getYear();
        }
        if (ageAtIdentification != null && identifiedOn != null) {
            return identifiedOn.getYear() - ageAtIdentification;
        }
        return null;
    }

    /** Whether the birth year is only estimated from an age. */
    public boolean birthYearEstimated() {
        return dateOfBirth == null;
    }
}
