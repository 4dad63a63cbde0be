package org.sankofa.legal.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.sankofa.audit.AuditEvent;
import org.sankofa.audit.AuditLog;
import org.sankofa.directory.Communities;
import org.sankofa.directory.Countries;
import org.sankofa.directory.Community;
import org.sankofa.directory.Membership;
import org.sankofa.identity.CurrentUser;
import org.sankofa.legal.HarmonisationMatrix;
import org.sankofa.legal.Instrument;
import org.sankofa.legal.InstrumentId;
import org.sankofa.legal.InstrumentStatus;
import org.sankofa.legal.LegalPage;
import org.sankofa.legal.LegalRecords;
import org.sankofa.legal.NationalLaw;
import org.sankofa.legal.NewInstrument;
import org.sankofa.legal.NewLaw;
import org.sankofa.legal.NewStatus;
import org.sankofa.legal.StatusImport;
import org.sankofa.shared.ConflictException;
import org.sankofa.shared.InvalidInputException;
import org.sankofa.shared.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class LegalService implements LegalRecords {

    static final String INSTRUMENT = "legal_instrument";
    static final String STATUS = "legal_status";
    static final String LAW = "national_law";
    /** The largest table read at once: UNTC's longest status tables are about 200 rows of under 100 characters. */
    static final int MAX_IMPORT_CHARACTERS = 200_000;

    private final LegalRepository repository;
    private final LegalRules rules;
    private final LegalScopes scopes;
    private final Communities communities;
    private final AuditLog audit;
    private final UntcTable untc;

    LegalService(LegalRepository repository, LegalRules rules, LegalScopes scopes, Communities communities,
            AuditLog audit, Countries countries) {
        this.untc = new UntcTable(countries);
        this.repository = repository;
        this.rules = rules;
        this.scopes = scopes;
        this.communities = communities;
        this.audit = audit;
    }

    // instruments

    @Override
    @Transactional(readOnly = true)
    public List<Instrument> instruments() {
        return repository.instruments();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Instrument> instrument(InstrumentId id) {
        return repository.instrument(id.value());
    }

    @Override
    public Instrument create(NewInstrument input, CurrentUser actor) {
        requireInstrumentManager(actor);
        NewInstrument i = rules.normalise(input);
        rules.check(i);
        if (repository.shortNameTaken(i.shortName(), null)) {
            throw InvalidInputException.of("shortName", "legal.instrument.short.name.taken");
        }
        long id = repository.insert(i);
        audit.record(AuditEvent.of(actor.getUsername(), "LEGAL_INSTRUMENT_CREATED", INSTRUMENT, id,
                "fields=" + String.join(",", fields(i).keySet())));
        return repository.instrument(id).orElseThrow();
    }

    @Override
    public Instrument update(InstrumentId id, int version, NewInstrument input, CurrentUser actor) {
        requireInstrumentManager(actor);
        Instrument before = repository.instrument(id.value()).orElseThrow(() -> new NotFoundException("instrument"));
        NewInstrument i = rules.normalise(input);
        rules.check(i);
        if (repository.shortNameTaken(i.shortName(), id.value())) {
            throw InvalidInputException.of("shortName", "legal.instrument.short.name.taken");
        }
        if (!repository.update(id.value(), version, i)) {
            throw new ConflictException("error.stale");
        }
        audit.record(AuditEvent.of(actor.getUsername(), "LEGAL_INSTRUMENT_UPDATED", INSTRUMENT, id.value(),
                changed(fields(asInput(before)), fields(i))));
        return repository.instrument(id.value()).orElseThrow();
    }

    @Override
    public void delete(InstrumentId id, CurrentUser actor) {
        requireInstrumentManager(actor);
        repository.instrument(id.value()).orElseThrow(() -> new NotFoundException("instrument"));
        if (repository.hasStatuses(id.value())) {
            throw new ConflictException("legal.instrument.has.statuses");
        }
        repository.deleteInstrument(id.value());
        audit.record(AuditEvent.of(actor.getUsername(), "LEGAL_INSTRUMENT_DELETED", INSTRUMENT, id.value(), null));
    }

    // statuses

    @Override
    @Transactional(readOnly = true)
    public LegalPage<InstrumentStatus> statuses(InstrumentId instrument, String country, int page, int size) {
        return repository.statuses(instrument == null ? null : instrument.value(), blankToNull(country), page, size);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<InstrumentStatus> status(long id) {
        return repository.status(id);
    }

    @Override
    public InstrumentStatus create(NewStatus input, CurrentUser actor) {
        NewStatus s = rules.normalise(input);
        requireScope(actor, s.country());
        Optional<Instrument> instrument = s.instrumentId() == null ? Optional.empty()
                : repository.instrument(s.instrumentId().value());
        rules.check(s, instrument);
        if (repository.statusExists(s.instrumentId().value(), s.country(), null)) {
            throw InvalidInputException.of("country", "legal.status.duplicate");
        }
        long id = repository.insert(s);
        audit.record(AuditEvent.of(actor.getUsername(), "LEGAL_STATUS_CREATED", STATUS, id,
                "fields=" + String.join(",", fields(s).keySet())));
        return repository.status(id).orElseThrow();
    }

    @Override
    public InstrumentStatus updateStatus(long id, int version, NewStatus input, CurrentUser actor) {
        InstrumentStatus before = repository.status(id).orElseThrow(() -> new NotFoundException("status"));
        requireScope(actor, before.country());
        NewStatus s = rules.normalise(input);
        requireScope(actor, s.country());
        Optional<Instrument> instrument = s.instrumentId() == null ? Optional.empty()
                : repository.instrument(s.instrumentId().value());
        rules.check(s, instrument);
        if (repository.statusExists(s.instrumentId().value(), s.country(), id)) {
            throw InvalidInputException.of("country", "legal.status.duplicate");
        }
        if (!repository.update(id, version, s)) {
            throw new ConflictException("error.stale");
        }
        audit.record(AuditEvent.of(actor.getUsername(), "LEGAL_STATUS_UPDATED", STATUS, id,
                changed(fields(asInput(before)), fields(s))));
        return repository.status(id).orElseThrow();
    }

    @Override
    public void deleteStatus(long id, CurrentUser actor) {
        InstrumentStatus before = repository.status(id).orElseThrow(() -> new NotFoundException("status"));
        requireScope(actor, before.country());
        repository.deleteStatus(id);
        audit.record(AuditEvent.of(actor.getUsername(), "LEGAL_STATUS_DELETED", STATUS, id,
                "country=" + before.country()));
    }

    @Override
    public StatusImport importStatuses(InstrumentId instrumentId, String csv, String source, boolean apply,
            CurrentUser actor) {
        requireInstrumentManager(actor);
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<Instrument> instrument = instrumentId == null ? Optional.empty()
                : repository.instrument(instrumentId.value());
        if (instrumentId == null) {
            errors.put("instrument", "legal.status.instrument.required");
        } else if (instrument.isEmpty()) {
            errors.put("instrument", "legal.status.instrument.unknown");
        }
        String cited = LegalRules.trim(source);
        if (cited == null) {
            errors.put("source", "legal.source.required");
        } else if (cited.length() > 1000) {
            errors.put("source", "validation.too.long");
        }
        if (csv != null && csv.length() > MAX_IMPORT_CHARACTERS) {
            errors.put("csv", "legal.import.too.large");
            throw new InvalidInputException(errors);
        }
        UntcTable.Reading reading = untc.read(csv);
        errors.putAll(reading.errors());
        Map<String, InstrumentStatus> recorded = new HashMap<>();
        if (instrument.isPresent()) {
            repository.statusesOf(reading.rows().stream().map(UntcTable.Row::country).filter(Objects::nonNull)
                    .toList(), List.of(instrumentId.value())).forEach(st -> recorded.put(st.country(), st));
        }
        List<StatusImport.Line> lines = new ArrayList<>();
        List<Runnable> writes = new ArrayList<>();
        for (UntcTable.Row row : reading.rows()) {
            if (row.country() == null) {
                lines.add(new StatusImport.Line(row.line(), row.participant(), null, null, null, null,
                        StatusImport.Change.SKIPPED));
                continue;
            }
            if (instrument.isEmpty() || cited == null) {
                continue;
            }
            Optional<InstrumentStatus> existing = Optional.ofNullable(recorded.get(row.country()));
            NewStatus s = rules.normalise(new NewStatus(instrumentId, row.country(), row.signedOn(),
                    row.consentKind(), row.consentOn(), existing.map(InstrumentStatus::reservations).orElse(null),
                    cited));
            try {
                rules.check(s, instrument);
            } catch (InvalidInputException refused) {
                refused.fieldErrors().forEach((field, key) -> errors.put("rows[" + row.line() + "]." + field, key));
                continue;
            }
            StatusImport.Change change = existing.isEmpty() ? StatusImport.Change.CREATED
                    : sameAs(existing.get(), s) ? StatusImport.Change.UNCHANGED : StatusImport.Change.UPDATED;
            lines.add(new StatusImport.Line(row.line(), row.participant(), row.country(), row.signedOn(),
                    row.consentKind(), row.consentOn(), change));
            if (change == StatusImport.Change.CREATED) {
                writes.add(() -> {
                    long id = repository.insert(s);
                    audit.record(AuditEvent.of(actor.getUsername(), "LEGAL_STATUS_CREATED", STATUS, id,
                            "via=untc-import"));
                });
            } else if (change == StatusImport.Change.UPDATED) {
                InstrumentStatus before = existing.get();
                writes.add(() -> {
                    if (!repository.update(before.id(), before.version(), s)) {
                        throw new ConflictException("error.stale");
                    }
                    audit.record(AuditEvent.of(actor.getUsername(), "LEGAL_STATUS_UPDATED", STATUS, before.id(),
                            "via=untc-import," + changed(fields(asInput(before)), fields(s))
                                    + (before.synthetic() ? ",was=synthetic" : "")));
                });
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (apply) {
            writes.forEach(Runnable::run);
            StatusImport result = new StatusImport(instrumentId, true, lines);
            audit.record(AuditEvent.of(actor.getUsername(), "LEGAL_STATUSES_IMPORTED", INSTRUMENT,
                    instrumentId.value(), "format=untc,created=" + result.count(StatusImport.Change.CREATED)
                            + ",updated=" + result.count(StatusImport.Change.UPDATED) + ",unchanged="
                            + result.count(StatusImport.Change.UNCHANGED) + ",skipped="
                            + result.count(StatusImport.Change.SKIPPED)));
            return result;
        }
        return new StatusImport(instrumentId, false, lines);
    }

    private static boolean sameAs(InstrumentStatus existing, NewStatus s) {
        return !existing.synthetic() && Objects.equals(existing.signedOn(), s.signedOn())
                && existing.consentKind() == s.consentKind() && Objects.equals(existing.consentOn(), s.consentOn())
                && Objects.equals(existing.source(), s.source());
    }

    // laws

    @Override
    @Transactional(readOnly = true)
    public LegalPage<NationalLaw> laws(String country, int page, int size) {
        return repository.laws(blankToNull(country), page, size);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<NationalLaw> law(long id) {
        return repository.law(id);
    }

    @Override
    public NationalLaw create(NewLaw input, CurrentUser actor) {
        NewLaw l = rules.normalise(input);
        requireScope(actor, l.country());
        rules.check(l);
        long id = repository.insert(l);
        audit.record(AuditEvent.of(actor.getUsername(), "NATIONAL_LAW_CREATED", LAW, id,
                "fields=" + String.join(",", fields(l).keySet())));
        return repository.law(id).orElseThrow();
    }

    @Override
    public NationalLaw updateLaw(long id, int version, NewLaw input, CurrentUser actor) {
        NationalLaw before = repository.law(id).orElseThrow(() -> new NotFoundException("law"));
        requireScope(actor, before.country());
        NewLaw l = rules.normalise(input);
        requireScope(actor, l.country());
        rules.check(l);
        if (!repository.update(id, version, l)) {
            throw new ConflictException("error.stale");
        }
        audit.record(AuditEvent.of(actor.getUsername(), "NATIONAL_LAW_UPDATED", LAW, id,
                changed(fields(asInput(before)), fields(l))));
        return repository.law(id).orElseThrow();
    }

    @Override
    public void deleteLaw(long id, CurrentUser actor) {
        NationalLaw before = repository.law(id).orElseThrow(() -> new NotFoundException("law"));
        requireScope(actor, before.country());
        repository.deleteLaw(id);
        audit.record(AuditEvent.of(actor.getUsername(), "NATIONAL_LAW_DELETED", LAW, id,
                "country=" + before.country()));
    }

    // scopes

    @Override
    public boolean mayEdit(CurrentUser user, String country) {
        return scopes.mayEdit(user, country);
    }

    @Override
    public java.util.Set<String> editableCountries(CurrentUser user) {
        return scopes.editableCountries(user);
    }

    // the matrix

    @Override
    @Transactional(readOnly = true)
    public Optional<HarmonisationMatrix> matrix(String communityCode, LocalDate date) {
        Optional<Community> community = communities.community(communityCode);
        if (community.isEmpty()) {
            return Optional.empty();
        }
        List<String> members = communities.members(communityCode, date).stream().map(Membership::countryCode)
                .toList();
        List<Instrument> instruments = repository.instruments().stream()
                .filter(i -> i.concerns(communityCode)).toList();
        List<InstrumentStatus> statuses = repository.statusesOf(members,
                instruments.stream().map(i -> i.id().value()).toList());
        List<NationalLaw> laws = repository.lawsOf(members, date.getYear());
        return Optional.of(MatrixBuilder.build(community.get(), date, members, instruments, statuses, laws));
    }

    // helpers

    /** A signed-in user may try; only their scope may change a country's records (403 otherwise). */
    @Override
    public void requireScope(CurrentUser actor, String country) {
        java.util.Set<String> editable = scopes.editableCountries(actor);
        if (editable.isEmpty()) {
            throw new AccessDeniedException("no legal scope");
        }
        String code = country == null ? null : country.strip().toUpperCase(java.util.Locale.ROOT);
        if (code != null && rules.knownCountry(code) && !editable.contains(code)) {
            throw new AccessDeniedException("country outside the user's scope");
        }
    }

    private void requireInstrumentManager(CurrentUser actor) {
        if (!scopes.mayManageInstruments(actor)) {
            throw new AccessDeniedException("instruments are managed by administrators");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip().toUpperCase(java.util.Locale.ROOT);
    }

    private static NewInstrument asInput(Instrument i) {
        return new NewInstrument(i.title(), i.shortName(), i.kind(), i.communities(), i.adoptedOn(), i.inForceOn(),
                i.notes(), i.source());
    }

    private static NewStatus asInput(InstrumentStatus s) {
        return new NewStatus(s.instrumentId(), s.country(), s.signedOn(), s.consentKind(), s.consentOn(),
                s.reservations(), s.source());
    }

    private static NewLaw asInput(NationalLaw l) {
        return new NewLaw(l.country(), l.title(), l.year(), l.exploitationTypes(), l.childSpecific(),
                l.childProvisions(), l.penalties(), l.link(), l.source());
    }

    /** The fields of a record that hold a value, by name (for the audit log: names only, never values). */
    private static Map<String, Object> fields(Record input) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (var component : input.getClass().getRecordComponents()) {
            try {
                Object value = component.getAccessor().invoke(input);
                boolean empty = value == null || (value instanceof List<?> list && list.isEmpty());
                fields.put(component.getName(), empty ? null : value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        fields.values().removeIf(Objects::isNull);
        return fields;
    }

    private static String changed(Map<String, Object> before, Map<String, Object> after) {
        Map<String, Object> all = new HashMap<>(before);
        all.putAll(after);
        List<String> names = new ArrayList<>();
        for (String name : all.keySet()) {
            if (!Objects.equals(before.get(name), after.get(name))) {
                names.add(name);
            }
        }
        names.sort(null);
        return "fields=" + String.join(",", names);
    }
}
