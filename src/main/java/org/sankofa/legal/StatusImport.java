package org.sankofa.legal;

import java.time.LocalDate;
import java.util.List;

/**
 * What an import of a status table did, or would do in a preview: one line per row of the table, in its order.
 *
 * @param applied whether the statuses were written (false for a preview)
 */
public record StatusImport(InstrumentId instrument, boolean applied, List<Line> lines) {

    /** What happens to one row. */
    public enum Change {
        /** No status of this country for the instrument: one is created. */
        CREATED,
        /** A status with other dates, kind, source, or a synthetic one, is replaced by the table's. */
        UPDATED,
        /** The status recorded already says the same, with the same source. */
        UNCHANGED,
        /** A participant that is not a state (the European Union): nothing to record in a country's status. */
        SKIPPED
    }

    /**
     * One row: the line number in the file (the header is line 1), the participant as written, the ISO code it was
     * read as (null when skipped), and the dates and kind read.
     */
    public record Line(int row, String participant, String country, LocalDate signedOn, ConsentKind consentKind,
            LocalDate consentOn, Change change) {
    }

    public StatusImport {
        lines = List.copyOf(lines);
    }

    public long count(Change change) {
        return lines.stream().filter(l -> l.change() == change).count();
    }
}
