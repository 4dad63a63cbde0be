package org.sankofa.legal;

import java.time.LocalDate;

/**
 * A country's recorded status for an instrument: signature, consent to be bound (its kind and date),
 * reservations, and the source of these facts. A status with neither date records that the country is, by that
 * source, not a signatory and not a party. A {@code synthetic} status is demo data that illustrates the matrix: never a
 * legal fact, and shown as such wherever it appears.
 */
public record InstrumentStatus(long id, InstrumentId instrumentId, String country, LocalDate signedOn,
        ConsentKind consentKind, LocalDate consentOn, String reservations, String source, boolean synthetic, int version) {

    /** Whether the country was bound by the instrument on that date (consent dated on or before it). */
    public boolean boundOn(LocalDate date) {
        return consentOn != null && !consentOn.isAfter(date);
    }

    /** Whether the country had signed the instrument by that date. */
    public boolean signedOn(LocalDate date) {
        return signedOn != null && !signedOn.isAfter(date);
    }
}
