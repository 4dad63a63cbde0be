package org.sankofa.legal;

import java.time.LocalDate;

/** What is needed to record or change a country's status for an instrument. */
public record NewStatus(InstrumentId instrumentId, String country, LocalDate signedOn, ConsentKind consentKind,
        LocalDate consentOn, String reservations, String source) {
}
