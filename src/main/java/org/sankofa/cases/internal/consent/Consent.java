package org.sankofa.cases.internal.consent;

import java.time.LocalDate;
import org.springframework.modulith.NamedInterface;

/** A consent as recorded; active while not withdrawn. */
@NamedInterface("foundation")
public record Consent(long id, ConsentPurpose purpose, ConsentGiver givenBy, LocalDate givenOn,
        boolean guardianConsent, boolean childAssent, LocalDate withdrawnOn, String recordedBy) {

    public boolean active() {
        return withdrawnOn == null;
    }
}
