package org.sankofa.legal;

import java.time.LocalDate;
import java.util.List;

/** What is needed to record or change an instrument. */
public record NewInstrument(String title, String shortName, InstrumentKind kind, List<String> communities,
        LocalDate adoptedOn, LocalDate inForceOn, String notes, String source) {
}
