package org.sankofa.cases.internal.consent;

import java.time.LocalDate;

/** A consent as recorded; active while not withdrawn. */
public record Consent(long id, ConsentPurpose purpose, ConsentGiver givenBy, LocalDate givenOn,
        boolean guardianConsent, boolean childAssent, LocalDate withdrawnOn, String recordedBy) {

    public boolean active() {
        return withdrawnOn == null;
    }
}
