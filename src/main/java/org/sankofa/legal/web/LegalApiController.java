package org.sankofa.legal.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sankofa.cases.TypeOfExploitation;
import org.sankofa.directory.Communities;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Roles;
import org.sankofa.legal.ConsentKind;
import org.sankofa.legal.HarmonisationMatrix;
import org.sankofa.legal.Instrument;
import org.sankofa.legal.InstrumentId;
import org.sankofa.legal.InstrumentKind;
import org.sankofa.legal.InstrumentStatus;
import org.sankofa.legal.LegalPage;
import org.sankofa.legal.LegalRecords;
import org.sankofa.legal.NationalLaw;
import org.sankofa.legal.NewInstrument;
import org.sankofa.legal.NewLaw;
import org.sankofa.legal.NewStatus;
import org.sankofa.legal.StatusImport;
import org.sankofa.shared.InvalidInputException;
import org.sankofa.shared.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * /api/v1/legal: instruments, countries' statuses, national laws and the harmonisation matrix. Bodies are checked by
 * the same rules as the pages (422 with a message per field, nothing stored); an enum value or date that cannot be
 * read is a 400.
 */
@RestController
@RequestMapping("/api/v1/legal")
@Tag(name = "Legal harmonisation", description = "Instruments, countries' statuses (signature, ratification, "
        + "accession…), national laws and the harmonisation matrix of a community on a date. Everyone signed in "
        + "reads; coordinators record the statuses and laws of their scope; administrators manage instruments.")
class LegalApiController {

    private final LegalRecords legal;
    private final Communities communities;

    LegalApiController(LegalRecords legal, Communities communities) {
        this.legal = legal;
        this.communities = communities;
    }

    // bodies and views

    record InstrumentBody(String title, String shortName, InstrumentKind kind, List<String> communities,
            LocalDate adoptedOn, LocalDate inForceOn, String notes, String source, Integer version) {
    }

    record InstrumentView(long id, String title, String shortName, InstrumentKind kind, List<String> communities,
            LocalDate adoptedOn, LocalDate inForceOn, String notes, String source, int version) {

        static InstrumentView of(Instrument i) {
            return new InstrumentView(i.id().value(), i.title(), i.shortName(), i.kind(), i.communities(),
                    i.adoptedOn(), i.inForceOn(), i.notes(), i.source(), i.version());
        }
    }

    record StatusBody(Long instrument, String country, LocalDate signedOn, ConsentKind consentKind,
            LocalDate consentOn, String reservations, String source, Integer version) {
    }

    /** {@code synthetic}: demo data illustrating the matrix, not a legal fact. */
    record StatusView(long id, long instrument, String country, LocalDate signedOn, ConsentKind consentKind,
            LocalDate consentOn, String reservations, String source, boolean synthetic, int version) {

        static StatusView of(InstrumentStatus s) {
            return new StatusView(s.id(), s.instrumentId().value(), s.country(), s.signedOn(), s.consentKind(),
                    s.consentOn(), s.reservations(), s.source(), s.synthetic(), s.version());
        }
    }

    /** {@code exploitationTypes} are HTCDS 2.0 vic_TypeOfExploitation value names, e.g. ForcedBegging. */
    record LawBody(String country, String title, Integer year, List<String> exploitationTypes, Boolean childSpecific,
            String childProvisions, String penalties, String link, String source, Integer version) {
    }

    record LawView(long id, String country, String title, int year, List<String> exploitationTypes,
            boolean childSpecific, String childProvisions, String penalties, String link, String source,
            int version) {

        static LawView of(NationalLaw l) {
            return new LawView(l.id(), l.country(), l.title(), l.year(),
                    l.exploitationTypes().stream().map(TypeOfExploitation::value).toList(), l.childSpecific(),
                    l.childProvisions(), l.penalties(), l.link(), l.source(), l.version());
        }
    }

    record Page<T>(List<T> items, int page, int size, long total) {

        static <S, T> Page<T> of(LegalPage<S> page, java.util.function.Function<S, T> view) {
            return new Page<>(page.items().stream().map(view).toList(), page.page(), page.size(), page.total());
        }
    }

    record MatrixColumn(long id, String shortName, String title, InstrumentKind kind) {
    }

    /**
     * One cell: state is NO_RECORD (nothing recorded), MISSING, SIGNED or BOUND on the matrix date; synthetic when
     * the status is demo data (an illustration), not a legal fact.
     */
    record MatrixCell(long instrument, HarmonisationMatrix.State state, LocalDate signedOn, ConsentKind consentKind,
            LocalDate consentOn, String source, boolean synthetic) {
    }

    record MatrixLaws(boolean recorded, Boolean childSpecific, List<HarmonisationMatrix.LawInForce> laws) {
    }

    record MatrixRow(String country, List<MatrixCell> cells, MatrixLaws laws) {
    }

    /** {@code synthetic}: at least one cell is demo data (an illustration), not a legal fact. */
    record Matrix(String community, String name, LocalDate date, List<MatrixColumn> instruments,
            List<MatrixRow> rows, boolean synthetic) {
    }

    // instruments

    @GetMapping("/instruments")
    @Operation(summary = "The instruments, international first")
    List<InstrumentView> instruments() {
        return legal.instruments().stream().map(InstrumentView::of).toList();
    }

    @GetMapping("/instruments/{id}")
    @Operation(summary = "One instrument")
    InstrumentView instrument(@PathVariable long id) {
        return InstrumentView.of(findInstrument(id));
    }

    @PostMapping("/instruments")
    @PreAuthorize(Roles.ADMINISTRATORS)
    @Operation(summary = "Record an instrument (administrators); its source is required")
    ResponseEntity<InstrumentView> createInstrument(@RequestBody InstrumentBody body,
            @AuthenticationPrincipal CurrentUser user) {
        Instrument created = legal.create(input(body), user);
        return ResponseEntity.created(URI.create("/api/v1/legal/instruments/" + created.id().value()))
                .body(InstrumentView.of(created));
    }

    /** What an import did or would do; {@code lines} in the table's order. */
    record ImportView(long instrument, boolean applied, long created, long updated, long unchanged, long skipped,
            List<StatusImport.Line> lines) {

        static ImportView of(StatusImport i) {
            return new ImportView(i.instrument().value(), i.applied(), i.count(StatusImport.Change.CREATED),
                    i.count(StatusImport.Change.UPDATED), i.count(StatusImport.Change.UNCHANGED),
                    i.count(StatusImport.Change.SKIPPED), i.lines());
        }
    }

    @PostMapping("/instruments/{id}/statuses/untc")
    @PreAuthorize(Roles.ADMINISTRATORS)
    @Operation(summary = "Import a UN Treaty Collection status table (CSV as published: Participant, Signature, "
            + "Ratification/Acceptance(A)/Approval(AA)/Accession(a)/Succession(d), footnote marks allowed) into "
            + "the instrument's statuses, each with the source given; all or nothing: 422 lists every problem of "
            + "every row (rows[line].column) and nothing is written; dryRun=true previews without writing")
    ImportView importStatuses(@PathVariable long id, @RequestBody(required = false) String csv,
            @Parameter(description = "where the table comes from, e.g. the treaty's UNTC page and its status date")
            @RequestParam(required = false) String source,
            @RequestParam(defaultValue = "false") boolean dryRun, @AuthenticationPrincipal CurrentUser user) {
        findInstrument(id);
        return ImportView.of(legal.importStatuses(new InstrumentId(id), csv, source, !dryRun, user));
    }

    @PutMapping("/instruments/{id}")
    @PreAuthorize(Roles.ADMINISTRATORS)
    @Operation(summary = "Change an instrument (administrators); send the version read, 409 when it is stale")
    InstrumentView updateInstrument(@PathVariable long id, @RequestBody InstrumentBody body,
            @AuthenticationPrincipal CurrentUser user) {
        int version = version(body.version());
        return InstrumentView.of(legal.update(findInstrument(id).id(), version, input(body), user));
    }

    @DeleteMapping("/instruments/{id}")
    @PreAuthorize(Roles.ADMINISTRATORS)
    @Operation(summary = "Remove an instrument no status refers to (administrators); 409 otherwise")
    ResponseEntity<Void> deleteInstrument(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        legal.delete(findInstrument(id).id(), user);
        return ResponseEntity.noContent().build();
    }

    // statuses

    @GetMapping("/statuses")
    @Operation(summary = "Countries' statuses, filtered by instrument and country, a page at a time")
    Page<StatusView> statuses(@Parameter(description = "an instrument id") @RequestParam(required = false) Long instrument,
            @Parameter(description = "ISO 3166-1 alpha-2 code") @RequestParam(required = false) String country,
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "page size, 1 to 100") @RequestParam(defaultValue = "25") int size) {
        checkPage(page, size);
        return Page.of(legal.statuses(instrument == null ? null : new InstrumentId(instrument), country, page, size),
                StatusView::of);
    }

    @GetMapping("/statuses/{id}")
    @Operation(summary = "One country's status for an instrument")
    StatusView status(@PathVariable long id) {
        return StatusView.of(legal.status(id).orElseThrow(() -> new NotFoundException("status")));
    }

    @PostMapping("/statuses")
    @PreAuthorize(Roles.COORDINATORS)
    @Operation(summary = "Record a country's status (signature; ratification, accession, acceptance, approval or "
            + "succession with its date; reservations) with its source; 403 outside the caller's countries")
    ResponseEntity<StatusView> createStatus(@RequestBody StatusBody body, @AuthenticationPrincipal CurrentUser user) {
        legal.requireScope(user, body.country());
        InstrumentStatus created = legal.create(input(body), user);
        return ResponseEntity.created(URI.create("/api/v1/legal/statuses/" + created.id()))
                .body(StatusView.of(created));
    }

    @PutMapping("/statuses/{id}")
    @PreAuthorize(Roles.COORDINATORS)
    @Operation(summary = "Change a status; send the version read, 409 when it is stale")
    StatusView updateStatus(@PathVariable long id, @RequestBody StatusBody body,
            @AuthenticationPrincipal CurrentUser user) {
        legal.status(id).ifPresent(existing -> legal.requireScope(user, existing.country()));
        legal.requireScope(user, body.country());
        int version = version(body.version());
        return StatusView.of(legal.updateStatus(id, version, input(body), user));
    }

    @DeleteMapping("/statuses/{id}")
    @PreAuthorize(Roles.COORDINATORS)
    @Operation(summary = "Remove a status (the country then shows 'no record')")
    ResponseEntity<Void> deleteStatus(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        legal.deleteStatus(id, user);
        return ResponseEntity.noContent().build();
    }

    // laws

    @GetMapping("/laws")
    @Operation(summary = "National laws, filtered by country, a page at a time")
    Page<LawView> laws(@Parameter(description = "ISO 3166-1 alpha-2 code") @RequestParam(required = false) String country,
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "page size, 1 to 100") @RequestParam(defaultValue = "25") int size) {
        checkPage(page, size);
        return Page.of(legal.laws(country, page, size), LawView::of);
    }

    @GetMapping("/laws/{id}")
    @Operation(summary = "One national law")
    LawView law(@PathVariable long id) {
        return LawView.of(legal.law(id).orElseThrow(() -> new NotFoundException("law")));
    }

    @PostMapping("/laws")
    @PreAuthorize(Roles.COORDINATORS)
    @Operation(summary = "Record a national law with its source; 403 outside the caller's countries")
    ResponseEntity<LawView> createLaw(@RequestBody LawBody body, @AuthenticationPrincipal CurrentUser user) {
        legal.requireScope(user, body.country());
        NationalLaw created = legal.create(input(body), user);
        return ResponseEntity.created(URI.create("/api/v1/legal/laws/" + created.id())).body(LawView.of(created));
    }

    @PutMapping("/laws/{id}")
    @PreAuthorize(Roles.COORDINATORS)
    @Operation(summary = "Change a national law; send the version read, 409 when it is stale")
    LawView updateLaw(@PathVariable long id, @RequestBody LawBody body, @AuthenticationPrincipal CurrentUser user) {
        legal.law(id).ifPresent(existing -> legal.requireScope(user, existing.country()));
        legal.requireScope(user, body.country());
        int version = version(body.version());
        return LawView.of(legal.updateLaw(id, version, input(body), user));
    }

    @DeleteMapping("/laws/{id}")
    @PreAuthorize(Roles.COORDINATORS)
    @Operation(summary = "Remove a national law")
    ResponseEntity<Void> deleteLaw(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        legal.deleteLaw(id, user);
        return ResponseEntity.noContent().build();
    }

    // the matrix

    @GetMapping("/matrix")
    @Operation(summary = "The harmonisation matrix of a community on a date: its member countries on that date "
            + "(ISO alpha-2) as rows, each instrument's state as cells (NO_RECORD, MISSING, SIGNED, BOUND), and the "
            + "national laws in force; 422 for an unknown community or a date that is not YYYY-MM-DD")
    Matrix matrix(@Parameter(description = "community code, e.g. ECOWAS") @RequestParam(required = false) String community,
            @Parameter(description = "YYYY-MM-DD; today when absent") @RequestParam(required = false) String date) {
        MatrixRequest request = MatrixRequest.read(community, date, communities.all(), null, false);
        if (!request.valid()) {
            throw new InvalidInputException(request.errors());
        }
        HarmonisationMatrix m = legal.matrix(request.community(), request.date()).orElseThrow();
        List<MatrixColumn> columns = m.instruments().stream()
                .map(i -> new MatrixColumn(i.id().value(), i.shortName(), i.title(), i.kind())).toList();
        List<MatrixRow> rows = m.rows().stream().map(r -> new MatrixRow(r.country(),
                r.cells().stream().map(c -> new MatrixCell(c.instrument().value(), c.state(), c.signedOn(),
                        c.consentKind(), c.consentOn(), c.source(), c.synthetic())).toList(),
                new MatrixLaws(r.laws().recorded(), r.laws().recorded() ? r.laws().childSpecific() : null,
                        r.laws().laws()))).toList();
        return new Matrix(m.community(), m.communityName(), m.date(), columns, rows, m.synthetic());
    }

    // helpers

    private Instrument findInstrument(long id) {
        return legal.instrument(new InstrumentId(id)).orElseThrow(() -> new NotFoundException("instrument"));
    }

    private static int version(Integer version) {
        if (version == null || version < 0) {
            throw InvalidInputException.of("version", "validation.required");
        }
        return version;
    }

    private static void checkPage(int page, int size) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (page < 0 || page > 1_000_000) {
            errors.put("page", "validation.format");
        }
        if (size < 1 || size > 100) {
            errors.put("size", "validation.format");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static NewInstrument input(InstrumentBody b) {
        return new NewInstrument(b.title(), b.shortName(), b.kind(), b.communities(), b.adoptedOn(), b.inForceOn(),
                b.notes(), b.source());
    }

    private static NewStatus input(StatusBody b) {
        return new NewStatus(b.instrument() == null ? null : new InstrumentId(b.instrument()), b.country(),
                b.signedOn(), b.consentKind(), b.consentOn(), b.reservations(), b.source());
    }

    private static NewLaw input(LawBody b) {
        List<TypeOfExploitation> types = new ArrayList<>();
        for (String value : b.exploitationTypes() == null ? List.<String>of() : b.exploitationTypes()) {
            try {
                types.add(TypeOfExploitation.fromValue(value));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw InvalidInputException.of("exploitationTypes", "legal.law.exploitation.unknown");
            }
        }
        return new NewLaw(b.country(), b.title(), b.year(), types, b.childSpecific(), b.childProvisions(),
                b.penalties(), b.link(), b.source());
    }
}
