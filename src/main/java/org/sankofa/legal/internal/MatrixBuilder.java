package org.sankofa.legal.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.sankofa.directory.Community;
import org.sankofa.legal.HarmonisationMatrix;
import org.sankofa.legal.HarmonisationMatrix.Cell;
import org.sankofa.legal.HarmonisationMatrix.LawInForce;
import org.sankofa.legal.HarmonisationMatrix.Laws;
import org.sankofa.legal.HarmonisationMatrix.Row;
import org.sankofa.legal.HarmonisationMatrix.State;
import org.sankofa.legal.Instrument;
import org.sankofa.legal.InstrumentStatus;
import org.sankofa.legal.NationalLaw;

/**
 * Builds the matrix from what is recorded, as it stood on the date: a signature or consent dated after it is not
 * in effect yet (the cell shows what was missing then), and a country without any recorded status shows "no record".
 */
final class MatrixBuilder {

    private MatrixBuilder() {
    }

    static HarmonisationMatrix build(Community community, LocalDate date, List<String> members,
            List<Instrument> instruments, List<InstrumentStatus> statuses, List<NationalLaw> laws) {
        Map<String, InstrumentStatus> byKey = new HashMap<>();
        statuses.forEach(s -> byKey.put(s.country() + "/" + s.instrumentId().value(), s));
        Map<String, List<LawInForce>> lawsByCountry = new HashMap<>();
        for (NationalLaw law : laws) {
            if (law.year() <= date.getYear()) {
                lawsByCountry.computeIfAbsent(law.country(), c -> new ArrayList<>())
                        .add(new LawInForce(law.id(), law.title(), law.year(), law.childSpecific()));
            }
        }
        List<Row> rows = new ArrayList<>();
        for (String country : members.stream().sorted().toList()) {
            List<Cell> cells = new ArrayList<>();
            for (Instrument instrument : instruments) {
                cells.add(cell(instrument, byKey.get(country + "/" + instrument.id().value()), date));
            }
            rows.add(new Row(country, cells, new Laws(lawsByCountry.getOrDefault(country, List.of()))));
        }
        return new HarmonisationMatrix(community.code(), community.name(), date, instruments, rows);
    }

    static Cell cell(Instrument instrument, InstrumentStatus status, LocalDate date) {
        if (status == null) {
            return new Cell(instrument.id(), State.NO_RECORD, null, null, null, null, false);
        }
        var signed = status.signedOn(date) ? status.signedOn() : null;
        if (status.boundOn(date)) {
            return new Cell(instrument.id(), State.BOUND, signed, status.consentKind(), status.consentOn(),
                    status.source(), status.synthetic());
        }
        return new Cell(instrument.id(), signed != null ? State.SIGNED : State.MISSING, signed, null, null,
                status.source(), status.synthetic());
    }
}
