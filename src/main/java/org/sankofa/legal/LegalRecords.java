package org.sankofa.legal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.sankofa.identity.CurrentUser;

/**
 * Instruments, countries' statuses, national laws and the harmonisation matrix. Every change checks who may make it
 * (administrators manage instruments and everything; a national coordinator edits the statuses and laws of their
 * country, a regional coordinator those of the current members of their community — others get
 * {@link org.springframework.security.access.AccessDeniedException}), checks the rules
 * ({@link org.sankofa.shared.InvalidInputException}), and is audited in the same transaction.
 */
public interface LegalRecords {

    List<Instrument> instruments();

    Optional<Instrument> instrument(InstrumentId id);

    Instrument create(NewInstrument instrument, CurrentUser actor);

    Instrument update(InstrumentId id, int version, NewInstrument instrument, CurrentUser actor);

    /** Removes an instrument that no status refers to; 409 otherwise. */
    void delete(InstrumentId id, CurrentUser actor);

    LegalPage<InstrumentStatus> statuses(InstrumentId instrument, String country, int page, int size);

    Optional<InstrumentStatus> status(long id);

    InstrumentStatus create(NewStatus status, CurrentUser actor);

    InstrumentStatus updateStatus(long id, int version, NewStatus status, CurrentUser actor);

    void deleteStatus(long id, CurrentUser actor);

    LegalPage<NationalLaw> laws(String country, int page, int size);

    Optional<NationalLaw> law(long id);

    NationalLaw create(NewLaw law, CurrentUser actor);

    NationalLaw updateLaw(long id, int version, NewLaw law, CurrentUser actor);

    void deleteLaw(long id, CurrentUser actor);

    /** Whether the user may record statuses and laws of that country. */
    boolean mayEdit(CurrentUser user, String country);

    /**
     * Refuses (403) a person who may not change the records of this country — before anything else of a request is
     * read, so that a refusal is never hidden behind a validation error. An unknown code passes (the rules answer it).
     */
    void requireScope(CurrentUser user, String country);

    /** The codes of the countries whose statuses and laws the user may record; empty for a reader. */
    java.util.Set<String> editableCountries(CurrentUser user);

    /**
     * Reads a status table of the UN Treaty Collection (CSV, its published layout: participant, signature,
     * ratification/accession…) into the statuses of an instrument, all or nothing, each with that source; a preview
     * ({@code apply} false) writes nothing. Administrators only (403). Every problem of every row is refused at once
     * ({@link org.sankofa.shared.InvalidInputException}, fields {@code rows[line].column}); when applied, one audit
     * entry per status written and one for the import.
     */
    StatusImport importStatuses(InstrumentId instrument, String csv, String source, boolean apply, CurrentUser actor);

    /** The matrix of a community on a date; empty when the community is unknown. */
    Optional<HarmonisationMatrix> matrix(String community, LocalDate date);
}
