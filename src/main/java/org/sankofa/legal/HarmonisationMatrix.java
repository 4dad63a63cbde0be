package org.sankofa.legal;

import java.time.LocalDate;
import java.util.List;

/**
 * What is in place and what is missing in the member countries of a community on a date: one row per country that
 * was a member on that date (ordered by ISO code), one cell per instrument that concerns the community, and the
 * national laws in force by then (year on or before the date's year).
 */
public record HarmonisationMatrix(String community, String communityName, LocalDate date,
        List<Instrument> instruments, List<Row> rows) {

    /** What a cell shows. */
    public enum State {
        /** Nothing is recorded for this country and instrument: unknown, not "not ratified". */
        NO_RECORD,
        /** A status is recorded, but on that date the country had neither signed nor consented to be bound. */
        MISSING,
        /** Signed on or before the date, not (yet) bound on that date. */
        SIGNED,
        /** Bound on that date (ratification, accession, acceptance, approval or succession on or before it). */
        BOUND
    }

    /**
     * The status of one country for one instrument on the matrix date; dates are shown only when in effect then.
     * {@code synthetic}: the status is demo data (an illustration), not a legal fact.
     */
    public record Cell(InstrumentId instrument, State state, LocalDate signedOn, ConsentKind consentKind,
            LocalDate consentOn, String source, boolean synthetic) {
    }

    /** A law in force on the matrix date. */
    public record LawInForce(long id, String title, int year, boolean childSpecific) {
    }

    /**
     * The national laws recorded as in force by the matrix date; none recorded is shown as "no law recorded", since
     * a law nobody recorded may still exist.
     */
    public record Laws(List<LawInForce> laws) {

        public Laws {
            laws = List.copyOf(laws);
        }

        public boolean recorded() {
            return !laws.isEmpty();
        }

        /** Whether one of the laws in force has child-specific provisions. */
        public boolean childSpecific() {
            return laws.stream().anyMatch(LawInForce::childSpecific);
        }
    }

    public record Row(String country, List<Cell> cells, Laws laws) {

        public Row {
            cells = List.copyOf(cells);
        }
    }

    public HarmonisationMatrix {
        instruments = List.copyOf(instruments);
        rows = List.copyOf(rows);
    }

    /** Whether a cell of the matrix shows synthetic demo data, which the page and the exports must then say. */
    public boolean synthetic() {
        return rows.stream().flatMap(r -> r.cells().stream()).anyMatch(Cell::synthetic);
    }
}
