package org.sankofa.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sankofa.legal.LegalFixtures.SOURCE;
import static org.sankofa.legal.LegalFixtures.instrument;
import static org.sankofa.legal.LegalFixtures.law;
import static org.sankofa.legal.LegalFixtures.ratified;
import static org.sankofa.legal.LegalFixtures.unique;
import static org.sankofa.legal.LegalFixtures.user;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sankofa.identity.UserAccounts;
import org.sankofa.legal.HarmonisationMatrix.Cell;
import org.sankofa.legal.HarmonisationMatrix.State;
import org.sankofa.shared.ConflictException;
import org.sankofa.shared.InvalidInputException;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@SankofaTest
class LegalRulesTests {

    @Autowired
    LegalRecords legal;
    @Autowired
    UserAccounts users;
    @Autowired
    JdbcClient jdbc;

    private long laws(String title) {
        return jdbc.sql("select count(*) from national_law where title = ?").param(title).query(Long.class).single();
    }

    // scopes

    @Test
    void nationalCoordinatorRecordsTheLawsOfTheirCountryAndIsRefusedAnothersWithNothingStored() {
        NationalLaw mali = legal.create(law("ML", 2012, true), user(users, "coordinator.mali"));
        assertThat(mali.country()).isEqualTo("ML");

        NewLaw senegal = law("SN", 2005, false);
        assertThatThrownBy(() -> legal.create(senegal, user(users, "coordinator.mali")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(laws(senegal.title())).isZero();
    }

    @Test
    void nationalCoordinatorMayNotMoveALawOfTheirCountryToAnother() {
        NationalLaw mali = legal.create(law("ML", 2012, false), user(users, "coordinator.mali"));
        NewLaw moved = new NewLaw("SN", mali.title(), 2012, List.of(), false, null, null, null, SOURCE);
        assertThatThrownBy(() -> legal.updateLaw(mali.id(), mali.version(), moved, user(users, "coordinator.mali")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(legal.law(mali.id()).orElseThrow().country()).isEqualTo("ML");
    }

    @Test
    void nationalCoordinatorMayNotChangeOrDeleteAnotherCountrysStatus() {
        Instrument instrument = instrument(legal, users);
        InstrumentStatus senegal = legal.create(ratified(instrument, "SN", null, LocalDate.of(2003, 7, 27)),
                user(users, "admin"));
        assertThatThrownBy(() -> legal.deleteStatus(senegal.id(), user(users, "coordinator.mali")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(legal.status(senegal.id())).isPresent();
    }

    @Test
    void regionalCoordinatorEditsTodaysMembersOfTheirCommunityOnly() {
        var ecowas = user(users, "coordinator.ecowas");
        assertThat(legal.create(law("SN", 2005, false), ecowas).country()).isEqualTo("SN");
        // Mali left ECOWAS on 2025-01-29; Cameroon belongs to ECCAS
        assertThatThrownBy(() -> legal.create(law("ML", 2012, false), ecowas))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> legal.create(law("CM", 2011, false), ecowas))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(legal.editableCountries(ecowas)).hasSize(12).contains("SN", "NG", "GH").doesNotContain("ML",
                "BF", "NE");
    }

    @Test
    void onlyAdministratorsManageInstruments() {
        NewInstrument input = new NewInstrument(unique("Convention"), unique("C"), InstrumentKind.INTERNATIONAL,
                List.of(), null, null, null, SOURCE);
        assertThatThrownBy(() -> legal.create(input, user(users, "coordinator.ecowas")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> legal.create(input, user(users, "coordinator.mali")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(legal.create(input, user(users, "admin")).shortName()).isEqualTo(input.shortName());
    }

    @Test
    void observersAndCaseRolesRecordNothing() {
        for (String reader : List.of("observer", "mne", "caseworker.dakar")) {
            assertThat(legal.editableCountries(user(users, reader))).as(reader).isEmpty();
            assertThatThrownBy(() -> legal.create(law("SN", 2005, false), user(users, reader))).as(reader)
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    // validation

    @Test
    void aLegalFactIsNeverRecordedWithoutItsSource() {
        Instrument instrument = instrument(legal, users);
        NewStatus noSource = new NewStatus(instrument.id(), "GH", LocalDate.of(2001, 1, 1), null, null, null, "  ");
        assertThatThrownBy(() -> legal.create(noSource, user(users, "admin")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("source", "legal.source.required"));
        NewLaw lawWithout = new NewLaw("GH", unique("Law"), 2005, List.of(), false, null, null, null, null);
        assertThatThrownBy(() -> legal.create(lawWithout, user(users, "admin")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(legal.statuses(instrument.id(), null, 0, 10).total()).isZero();
        assertThat(laws(lawWithout.title())).isZero();
    }

    @Test
    void aConsentNeedsItsKindAndDateAndFollowsTheSignatureAndTheAdoption() {
        Instrument instrument = instrument(legal, users); // adopted 2000-01-01
        var admin = user(users, "admin");
        Map<NewStatus, Map.Entry<String, String>> cases = Map.of(
                new NewStatus(instrument.id(), "GH", null, ConsentKind.ACCESSION, null, null, SOURCE),
                Map.entry("consentOn", "legal.status.consent.date.required"),
                new NewStatus(instrument.id(), "GH", null, null, LocalDate.of(2005, 1, 1), null, SOURCE),
                Map.entry("consentKind", "legal.status.consent.kind.required"),
                ratified(instrument, "GH", LocalDate.of(2006, 1, 1), LocalDate.of(2005, 1, 1)),
                Map.entry("consentOn", "legal.status.consent.before.signature"),
                ratified(instrument, "GH", LocalDate.of(1999, 12, 31), null),
                Map.entry("signedOn", "legal.status.before.adoption"),
                ratified(instrument, "GH", null, LocalDate.now().plusDays(1)),
                Map.entry("consentOn", "legal.date.future"));
        cases.forEach((input, error) -> assertThatThrownBy(() -> legal.create(input, admin)).as(error.getValue())
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).contains(error)));
        assertThat(legal.statuses(instrument.id(), null, 0, 10).total()).isZero();
    }

    @Test
    void aLawNeedsAPlausibleYearAndDescribesItsChildProvisions() {
        var admin = user(users, "admin");
        NewLaw future = new NewLaw("GH", unique("Law"), LocalDate.now().getYear() + 1, List.of(), false, null, null,
                null, SOURCE);
        NewLaw childWithoutText = new NewLaw("GH", unique("Law"), 2005, List.of(), true, " ", null, null, SOURCE);
        NewLaw badLink = new NewLaw("GH", unique("Law"), 2005, List.of(), false, null, null, "javascript:alert(1)",
                SOURCE);
        assertThatThrownBy(() -> legal.create(future, admin)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsEntry("year", "legal.law.year.range"));
        assertThatThrownBy(() -> legal.create(childWithoutText, admin))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("childProvisions", "legal.law.child.provisions.required"));
        assertThatThrownBy(() -> legal.create(badLink, admin)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.fieldErrors()).containsEntry("link", "legal.link.invalid"));
    }

    @Test
    void aCountryHasOneStatusPerInstrument() {
        Instrument instrument = instrument(legal, users);
        var admin = user(users, "admin");
        legal.create(ratified(instrument, "GH", null, LocalDate.of(2012, 8, 21)), admin);
        assertThatThrownBy(() -> legal.create(ratified(instrument, "GH", null, null), admin))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("country", "legal.status.duplicate"));
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        NationalLaw law = legal.create(law("ML", 2012, false), user(users, "coordinator.mali"));
        var coordinator = user(users, "coordinator.mali");
        NewLaw changed = new NewLaw("ML", law.title(), 2013, List.of(), false, null, null, null, SOURCE);
        legal.updateLaw(law.id(), law.version(), changed, coordinator);
        assertThatThrownBy(() -> legal.updateLaw(law.id(), law.version(), changed, coordinator))
                .isInstanceOf(ConflictException.class);
        assertThat(legal.law(law.id()).orElseThrow().version()).isEqualTo(law.version() + 1);
    }

    @Test
    void anInstrumentWithStatusesCannotBeDeleted() {
        Instrument instrument = instrument(legal, users);
        var admin = user(users, "admin");
        legal.create(ratified(instrument, "GH", null, null), admin);
        assertThatThrownBy(() -> legal.delete(instrument.id(), admin)).isInstanceOf(ConflictException.class);
        assertThat(legal.instrument(instrument.id())).isPresent();
    }

    @Test
    void everyChangeIsAuditedWithFieldNamesOnly() {
        var coordinator = user(users, "coordinator.mali");
        NationalLaw law = legal.create(law("ML", 2012, true), coordinator);
        legal.updateLaw(law.id(), law.version(), new NewLaw("ML", law.title(), 2012, law.exploitationTypes(), true,
                law.childProvisions(), "10 to 20 years", null, SOURCE), coordinator);
        legal.deleteLaw(law.id(), coordinator);
        List<Map<String, Object>> entries = jdbc.sql("select action, actor, details from audit_entry "
                + "where target_type = 'national_law' and target_id = ? order by id")
                .param(String.valueOf(law.id())).query().listOfRows();
        assertThat(entries).extracting(e -> e.get("action")).containsExactly("NATIONAL_LAW_CREATED",
                "NATIONAL_LAW_UPDATED", "NATIONAL_LAW_DELETED");
        assertThat(entries).allSatisfy(e -> assertThat(e.get("actor")).isEqualTo("coordinator.mali"));
        assertThat(entries.get(1).get("details")).isEqualTo("fields=penalties");
        assertThat(entries.toString()).doesNotContain("10 to 20 years");
    }

    // the matrix

    @Test
    void theMatrixRowsAreTheMembersOfTheCommunityOnTheDate() {
        HarmonisationMatrix before = legal.matrix("ECOWAS", LocalDate.of(2024, 6, 1)).orElseThrow();
        HarmonisationMatrix after = legal.matrix("ECOWAS", LocalDate.of(2025, 6, 1)).orElseThrow();
        assertThat(before.rows()).hasSize(15).extracting(HarmonisationMatrix.Row::country)
                .contains("ML", "BF", "NE", "SN", "CV");
        assertThat(after.rows()).hasSize(12).extracting(HarmonisationMatrix.Row::country)
                .doesNotContain("ML", "BF", "NE").contains("SN", "CV");
        assertThat(legal.matrix("NOPE", LocalDate.of(2024, 6, 1))).isEmpty();
    }

    @Test
    void aRatificationDatedAfterTheMatrixDateCountsAsMissingOnThatDate() {
        Instrument instrument = instrument(legal, users);
        legal.create(ratified(instrument, "SN", LocalDate.of(2019, 1, 10), LocalDate.of(2020, 5, 5)),
                user(users, "admin"));
        legal.create(ratified(instrument, "NG", null, null), user(users, "admin"));

        assertThat(cell(instrument, "SN", LocalDate.of(2018, 6, 1)).state()).isEqualTo(State.MISSING);
        Cell signed = cell(instrument, "SN", LocalDate.of(2019, 6, 1));
        assertThat(signed.state()).isEqualTo(State.SIGNED);
        assertThat(signed.consentOn()).isNull();
        Cell bound = cell(instrument, "SN", LocalDate.of(2020, 5, 5));
        assertThat(bound.state()).isEqualTo(State.BOUND);
        assertThat(bound.consentKind()).isEqualTo(ConsentKind.RATIFICATION);
        assertThat(bound.source()).isEqualTo(SOURCE);
        // recorded as not a party, and nothing recorded at all, are different things
        assertThat(cell(instrument, "NG", LocalDate.of(2024, 6, 1)).state()).isEqualTo(State.MISSING);
        assertThat(cell(instrument, "GM", LocalDate.of(2024, 6, 1)).state()).isEqualTo(State.NO_RECORD);
    }

    @Test
    void aLawCountsFromItsYearAndShowsWhetherItHasChildProvisions() {
        NationalLaw law = legal.create(law("GM", 2007, true), user(users, "admin"));
        HarmonisationMatrix.Laws in2006 = row("ECOWAS", "GM", LocalDate.of(2006, 12, 31)).laws();
        HarmonisationMatrix.Laws in2007 = row("ECOWAS", "GM", LocalDate.of(2007, 1, 1)).laws();
        assertThat(in2006.laws()).extracting(HarmonisationMatrix.LawInForce::id).doesNotContain(law.id());
        assertThat(in2007.laws()).extracting(HarmonisationMatrix.LawInForce::id).contains(law.id());
        assertThat(in2007.childSpecific()).isTrue();
    }

    @Test
    void aRegionalInstrumentIsAColumnOfItsCommunitiesOnly() {
        Instrument regional = legal.create(new NewInstrument(unique("Regional agreement"), unique("RA"),
                InstrumentKind.REGIONAL, List.of("ECOWAS"), null, null, null, SOURCE), user(users, "admin"));
        LocalDate on = LocalDate.of(2024, 6, 1);
        assertThat(legal.matrix("ECOWAS", on).orElseThrow().instruments()).contains(regional);
        assertThat(legal.matrix("ECCAS", on).orElseThrow().instruments()).doesNotContain(regional);
    }

    @Test
    void theDemoInstrumentsCarryTheirSourcesAndNoInventedDates() {
        Instrument palermo = legal.instruments().stream().filter(i -> i.shortName().equals("Palermo Protocol"))
                .findFirst().orElseThrow();
        assertThat(palermo.adoptedOn()).isEqualTo(LocalDate.of(2000, 11, 15));
        assertThat(palermo.inForceOn()).isEqualTo(LocalDate.of(2003, 12, 25));
        assertThat(palermo.source()).contains("55/25");
        Instrument agreement = legal.instruments().stream()
                .filter(i -> i.shortName().startsWith("ECOWAS/ECCAS Multilateral Agreement")).findFirst()
                .orElseThrow();
        assertThat(agreement.communities()).containsExactly("ECOWAS", "ECCAS");
        assertThat(agreement.adoptedOn()).as("only the month is known").isNull();
        assertThat(agreement.notes()).contains("July 2006", "Abuja");
    }

    private HarmonisationMatrix.Row row(String community, String country, LocalDate date) {
        return legal.matrix(community, date).orElseThrow().rows().stream().filter(r -> r.country().equals(country))
                .findFirst().orElseThrow();
    }

    private Cell cell(Instrument instrument, String country, LocalDate date) {
        HarmonisationMatrix matrix = legal.matrix("ECOWAS", date).orElseThrow();
        int column = matrix.instruments().indexOf(instrument);
        assertThat(column).isNotNegative();
        return row("ECOWAS", country, date).cells().get(column);
    }
}
