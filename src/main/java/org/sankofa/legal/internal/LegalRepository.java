package org.sankofa.legal.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.sankofa.cases.TypeOfExploitation;
import org.sankofa.legal.ConsentKind;
import org.sankofa.legal.Instrument;
import org.sankofa.legal.InstrumentId;
import org.sankofa.legal.InstrumentKind;
import org.sankofa.legal.InstrumentStatus;
import org.sankofa.legal.LegalPage;
import org.sankofa.legal.NationalLaw;
import org.sankofa.legal.NewInstrument;
import org.sankofa.legal.NewLaw;
import org.sankofa.legal.NewStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of the legal module: instruments, statuses and laws read into records. */
@Repository
class LegalRepository {

    private static final String INSTRUMENT = """
            select id, title, short_name, kind, communities, adopted_on, in_force_on, notes, source, version
            from legal_instrument""";
    private static final String STATUS = """
            select id, instrument_id, country_code, signed_on, consent_kind, consent_on, reservations, source, synthetic,
                   version
            from legal_status""";
    private static final String LAW = """
            select id, country_code, title, year, exploitation_types, child_specific, child_provisions, penalties,
                   link, source, version
            from national_law""";

    private final JdbcClient jdbc;

    LegalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // instruments

    List<Instrument> instruments() {
        return jdbc.sql(INSTRUMENT + " order by kind, adopted_on nulls last, lower(short_name), id")
                .query(LegalRepository::instrument).list();
    }

    Optional<Instrument> instrument(long id) {
        return jdbc.sql(INSTRUMENT + " where id = ?").param(id).query(LegalRepository::instrument).optional();
    }

    Optional<Instrument> instrumentByShortName(String shortName) {
        return jdbc.sql(INSTRUMENT + " where lower(short_name) = lower(?)").param(shortName)
                .query(LegalRepository::instrument).optional();
    }

    boolean shortNameTaken(String shortName, Long except) {
        return jdbc.sql("select exists (select 1 from legal_instrument where lower(short_name) = lower(?) "
                        + "and id <> coalesce(?, -1))")
                .params(shortName, except).query(Boolean.class).single();
    }

    long insert(NewInstrument i) {
        return jdbc.sql("""
                insert into legal_instrument (title, short_name, kind, communities, adopted_on, in_force_on, notes,
                                              source)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(i.title(), i.shortName(), i.kind().name(), i.communities().toArray(String[]::new),
                        i.adoptedOn(), i.inForceOn(), i.notes(), i.source())
                .query(Long.class).single();
    }

    boolean update(long id, int version, NewInstrument i) {
        return jdbc.sql("""
                update legal_instrument set title = ?, short_name = ?, kind = ?, communities = ?, adopted_on = ?,
                       in_force_on = ?, notes = ?, source = ?, version = version + 1, updated_at = now()
                where id = ? and version = ?""")
                .params(i.title(), i.shortName(), i.kind().name(), i.communities().toArray(String[]::new),
                        i.adoptedOn(), i.inForceOn(), i.notes(), i.source(), id, version)
                .update() == 1;
    }

    boolean hasStatuses(long instrumentId) {
        return jdbc.sql("select exists (select 1 from legal_status where instrument_id = ?)").param(instrumentId)
                .query(Boolean.class).single();
    }

    void deleteInstrument(long id) {
        jdbc.sql("delete from legal_instrument where id = ?").param(id).update();
    }

    // statuses

    LegalPage<InstrumentStatus> statuses(Long instrument, String country, int page, int size) {
        String where = " where (?::bigint is null or instrument_id = ?) and (?::text is null or country_code = ?)";
        long total = jdbc.sql("select count(*) from legal_status" + where)
                .params(instrument, instrument, country, country).query(Long.class).single();
        List<InstrumentStatus> items = jdbc.sql(STATUS + where + " order by country_code, instrument_id, id "
                        + "limit ? offset ?")
                .params(instrument, instrument, country, country, size, (long) page * size)
                .query(LegalRepository::status).list();
        return new LegalPage<>(items, page, size, total);
    }

    Optional<InstrumentStatus> status(long id) {
        return jdbc.sql(STATUS + " where id = ?").param(id).query(LegalRepository::status).optional();
    }

    boolean statusExists(long instrumentId, String country, Long except) {
        return jdbc.sql("select exists (select 1 from legal_status where instrument_id = ? and country_code = ? "
                        + "and id <> coalesce(?, -1))")
                .params(instrumentId, country, except).query(Boolean.class).single();
    }

    long insert(NewStatus s) {
        return insert(s, false);
    }

    /** Inserts a status; {@code synthetic} only for the demo's illustration. */
    long insert(NewStatus s, boolean synthetic) {
        return jdbc.sql("""
                insert into legal_status (instrument_id, country_code, signed_on, consent_kind, consent_on,
                                          reservations, source, synthetic)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(s.instrumentId().value(), s.country(), s.signedOn(), name(s.consentKind()), s.consentOn(),
                        s.reservations(), s.source(), synthetic)
                .query(Long.class).single();
    }

    boolean update(long id, int version, NewStatus s) {
        return jdbc.sql("""
                update legal_status set instrument_id = ?, country_code = ?, signed_on = ?, consent_kind = ?,
                       consent_on = ?, reservations = ?, source = ?, synthetic = false, version = version + 1,
                       updated_at = now()
                where id = ? and version = ?""")
                .params(s.instrumentId().value(), s.country(), s.signedOn(), name(s.consentKind()), s.consentOn(),
                        s.reservations(), s.source(), id, version)
                .update() == 1;
    }

    void deleteStatus(long id) {
        jdbc.sql("delete from legal_status where id = ?").param(id).update();
    }

    List<InstrumentStatus> statusesOf(Collection<String> countries, Collection<Long> instruments) {
        if (countries.isEmpty() || instruments.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(STATUS + " where country_code = any(?) and instrument_id = any(?)")
                .params(countries.toArray(String[]::new), instruments.toArray(Long[]::new))
                .query(LegalRepository::status).list();
    }

    // laws

    LegalPage<NationalLaw> laws(String country, int page, int size) {
        String where = " where (?::text is null or country_code = ?)";
        long total = jdbc.sql("select count(*) from national_law" + where).params(country, country)
                .query(Long.class).single();
        List<NationalLaw> items = jdbc.sql(LAW + where + " order by country_code, year desc, id desc limit ? offset ?")
                .params(country, country, size, (long) page * size).query(LegalRepository::law).list();
        return new LegalPage<>(items, page, size, total);
    }

    Optional<NationalLaw> law(long id) {
        return jdbc.sql(LAW + " where id = ?").param(id).query(LegalRepository::law).optional();
    }

    long insert(NewLaw l) {
        return jdbc.sql("""
                insert into national_law (country_code, title, year, exploitation_types, child_specific,
                                          child_provisions, penalties, link, source)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(l.country(), l.title(), l.year(), values(l.exploitationTypes()), l.childSpecific(),
                        l.childProvisions(), l.penalties(), l.link(), l.source())
                .query(Long.class).single();
    }

    boolean update(long id, int version, NewLaw l) {
        return jdbc.sql("""
                update national_law set country_code = ?, title = ?, year = ?, exploitation_types = ?,
                       child_specific = ?, child_provisions = ?, penalties = ?, link = ?, source = ?,
                       version = version + 1, updated_at = now()
                where id = ? and version = ?""")
                .params(l.country(), l.title(), l.year(), values(l.exploitationTypes()), l.childSpecific(),
                        l.childProvisions(), l.penalties(), l.link(), l.source(), id, version)
                .update() == 1;
    }

    void deleteLaw(long id) {
        jdbc.sql("delete from national_law where id = ?").param(id).update();
    }

    /** The laws of those countries in force by the end of that year. */
    List<NationalLaw> lawsOf(Collection<String> countries, int year) {
        if (countries.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(LAW + " where country_code = any(?) and year <= ? order by country_code, year, id")
                .params(countries.toArray(String[]::new), year).query(LegalRepository::law).list();
    }

    // mapping

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String[] values(List<TypeOfExploitation> types) {
        return types.stream().map(TypeOfExploitation::value).toArray(String[]::new);
    }

    private static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        return Arrays.stream(values).map(String::valueOf).toList();
    }

    private static Instrument instrument(ResultSet rs, int n) throws SQLException {
        return new Instrument(new InstrumentId(rs.getLong("id")), rs.getString("title"), rs.getString("short_name"),
                InstrumentKind.valueOf(rs.getString("kind")), strings(rs.getArray("communities")),
                rs.getObject("adopted_on", LocalDate.class), rs.getObject("in_force_on", LocalDate.class),
                rs.getString("notes"), rs.getString("source"), rs.getInt("version"));
    }

    private static InstrumentStatus status(ResultSet rs, int n) throws SQLException {
        String kind = rs.getString("consent_kind");
        return new InstrumentStatus(rs.getLong("id"), new InstrumentId(rs.getLong("instrument_id")),
                rs.getString("country_code"), rs.getObject("signed_on", LocalDate.class),
                kind == null ? null : ConsentKind.valueOf(kind), rs.getObject("consent_on", LocalDate.class),
                rs.getString("reservations"), rs.getString("source"), rs.getBoolean("synthetic"),
                rs.getInt("version"));
    }

    private static NationalLaw law(ResultSet rs, int n) throws SQLException {
        List<TypeOfExploitation> types = new ArrayList<>();
        for (String value : strings(rs.getArray("exploitation_types"))) {
            types.add(TypeOfExploitation.fromValue(value));
        }
        return new NationalLaw(rs.getLong("id"), rs.getString("country_code"), rs.getString("title"),
                rs.getInt("year"), types, rs.getBoolean("child_specific"), rs.getString("child_provisions"),
                rs.getString("penalties"), rs.getString("link"), rs.getString("source"), rs.getInt("version"));
    }
}
