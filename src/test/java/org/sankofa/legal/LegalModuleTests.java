package org.sankofa.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sankofa.legal.LegalFixtures.instrument;
import static org.sankofa.legal.LegalFixtures.law;
import static org.sankofa.legal.LegalFixtures.person;
import static org.sankofa.legal.LegalFixtures.ratified;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Role;
import org.sankofa.identity.RoleGrant;
import org.sankofa.legal.HarmonisationMatrix.State;
import org.sankofa.shared.ConflictException;
import org.sankofa.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

/**
 * Legal harmonisation on its own (with the modules it depends on, and no demo world): who may record what, the rules
 * of a status, and the matrix as it stood on a date.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "database")
@ActiveProfiles("test")
class LegalModuleTests {

    private static final CurrentUser ADMINISTRATOR = person("root", RoleGrant.of(Role.ADMINISTRATOR));
    private static final CurrentUser MALI = person("coordinator.ml",
            new RoleGrant(Role.NATIONAL_COORDINATOR, "ML", null));
    private static final CurrentUser ECOWAS = person("coordinator.ecowas",
            new RoleGrant(Role.REGIONAL_COORDINATOR, null, "ECOWAS"));
    private static final CurrentUser READER = person("reader", RoleGrant.of(Role.OBSERVER));

    @Autowired
    LegalRecords legal;

    @Test
    void administratorsAloneManageInstruments() {
        assertThatThrownBy(() -> instrument(legal, ECOWAS)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> instrument(legal, READER)).isInstanceOf(AccessDeniedException.class);
        assertThat(legal.instrument(instrument(legal, ADMINISTRATOR).id())).isPresent();
    }

    @Test
    void coordinatorsRecordTheCountriesOfTheirScopeOnly() {
        Instrument instrument = instrument(legal, ADMINISTRATOR);

        assertThat(legal.editableCountries(MALI)).containsExactly("ML");
        assertThat(legal.editableCountries(ECOWAS)).contains("SN", "GH").doesNotContain("ML", "FR");
        assertThat(legal.editableCountries(READER)).isEmpty();
        assertThat(legal.editableCountries(ADMINISTRATOR)).contains("ML", "FR", "SN");

        assertThat(legal.create(law("ML", 2012, false), MALI).country()).isEqualTo("ML");
        assertThatThrownBy(() -> legal.create(law("SN", 2012, false), MALI)).isInstanceOf(AccessDeniedException.class);
        // Mali left ECOWAS in January 2025: no longer the regional coordinator's to record
        assertThatThrownBy(() -> legal.create(ratified(instrument, "ML", LocalDate.of(2001, 1, 1), null), ECOWAS))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(legal.create(ratified(instrument, "SN", LocalDate.of(2001, 1, 1), null), ECOWAS).country())
                .isEqualTo("SN");
        assertThatThrownBy(() -> legal.requireScope(READER, "SN")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCountryHasOneStatusPerInstrumentAndAStaleChangeIsAConflict() {
        Instrument instrument = instrument(legal, ADMINISTRATOR);
        InstrumentStatus status = legal.create(ratified(instrument, "GH", LocalDate.of(2001, 1, 1), null),
                ADMINISTRATOR);

        assertThatThrownBy(() -> legal.create(ratified(instrument, "GH", null, null), ADMINISTRATOR))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("country", "legal.status.duplicate"));
        NewStatus ratifiedLater = ratified(instrument, "GH", LocalDate.of(2001, 1, 1), LocalDate.of(2003, 3, 3));
        assertThat(legal.updateStatus(status.id(), 0, ratifiedLater, ADMINISTRATOR).version()).isEqualTo(1);
        assertThatThrownBy(() -> legal.updateStatus(status.id(), 0, ratifiedLater, ADMINISTRATOR))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("error.stale"));
    }

    @Test
    void theMatrixShowsWhatWasInEffectOnTheDateAndNoRecordWhereNothingIsRecorded() {
        Instrument instrument = instrument(legal, ADMINISTRATOR);
        legal.create(ratified(instrument, "CI", LocalDate.of(2001, 1, 1), LocalDate.of(2002, 1, 1)), ADMINISTRATOR);

        assertThat(state(instrument, "CI", LocalDate.of(2000, 6, 1))).isEqualTo(State.MISSING);
        assertThat(state(instrument, "CI", LocalDate.of(2001, 6, 1))).isEqualTo(State.SIGNED);
        assertThat(state(instrument, "CI", LocalDate.of(2002, 1, 1))).isEqualTo(State.BOUND);
        assertThat(state(instrument, "LR", LocalDate.of(2002, 1, 1))).isEqualTo(State.NO_RECORD);
        assertThat(legal.matrix("NOPE", LocalDate.of(2002, 1, 1))).isEmpty();
    }

    private State state(Instrument instrument, String country, LocalDate date) {
        HarmonisationMatrix matrix = legal.matrix("ECOWAS", date).orElseThrow();
        return matrix.rows().stream().filter(r -> r.country().equals(country)).findFirst().orElseThrow().cells()
                .stream().filter(c -> c.instrument().equals(instrument.id())).findFirst().orElseThrow().state();
    }
}
