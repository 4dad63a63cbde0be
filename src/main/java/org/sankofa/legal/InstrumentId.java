package org.sankofa.legal;

/** The identifier of an instrument. */
public record InstrumentId(long value) {
}
