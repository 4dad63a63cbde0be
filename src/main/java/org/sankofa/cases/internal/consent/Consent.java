package org.sankofa.cases.internal.consent;

import java.time.LocalDate;

import org.springframework.modulith.NamedInterface;

/** A consent as recorded; active while not withdrawn. */
@NamedInterface("foundation")
public record Consent(long id, ConsentPurpose purpose, ConsentGiver givenBy, LocalDate givenOn,
        boolean guardianConsent, boolean childAssent, LocalDate withdrawnOn, String recordedBy) {

    /** The same consent, recorded by the person named. */
    public Consent withRecorder(String name) {
        return new Consent(id, purpose, givenBy, givenOn, guardianConsent, childAssent, withdrawnOn, name);
    }

    public boolean active() {
        return withdrawnOn == null;
    }
}
