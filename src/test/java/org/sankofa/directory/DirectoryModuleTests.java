package org.sankofa.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sankofa.directory.DirectoryTestSupport.office;
import static org.sankofa.directory.DirectoryTestSupport.officeCode;
import static org.sankofa.directory.DirectoryTestSupport.organisation;
import static org.sankofa.directory.DirectoryTestSupport.unique;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.sankofa.audit.AuditTrail;
import org.sankofa.database.SqlStatements;
import org.sankofa.shared.ConflictException;
import org.sankofa.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The directory on its own (with the audit log it writes to): its rules for organisations, offices and communities,
 * and the lookups other modules use instead of its tables. The database module (the embedded PostgreSQL, and the
 * statement counter of the tests) comes along: the directory does not depend on it, but its SQL needs a database.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "database")
@ActiveProfiles("test")
class DirectoryModuleTests {

    @Autowired
    Directory directory;
    @Autowired
    Communities communities;
    @Autowired
    AuditTrail trail;

    private List<String> audited(String type, long id) {
        return trail.of(type, String.valueOf(id), Set.of(), Instant.now()).stream()
                .map(step -> step.action() + " " + step.details()).toList();
    }

    @Test
    void anOrganisationIsStrippedCheckedAndAuditedWithTheNamesOfItsFieldsOnly() {
        String name = unique("Stripped NGO");
        Organisation created = directory.create(new NewOrganisation("  " + name + " ", " ", OrganisationType.NGO,
                " GH ", "https://example.org/ngo"), "admin");

        assertThat(created.name()).isEqualTo(name);
        assertThat(created.acronym()).isNull();
        assertThat(created.countryCode()).isEqualTo("GH");
        assertThat(created.version()).isZero();
        assertThat(audited("organisation", created.id().value()))
                .containsExactly("ORGANISATION_CREATED fields=name,type,country,website");

        assertThatThrownBy(() -> directory.create(new NewOrganisation(" ", "A".repeat(41), null, "XX",
                "ftp://example.org"), "admin"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("name", "acronym", "type", "country", "website"));
    }

    @Test
    void aNameIsUsedOnceWhateverTheCaseOfItsLetters() {
        String name = unique("Unique NGO");
        directory.create(new NewOrganisation(name, null, OrganisationType.NGO, "SN", null), "test");

        assertThatThrownBy(() -> directory.create(new NewOrganisation(name.toUpperCase(), null, OrganisationType.NGO,
                "SN", null), "test"))
                .isInstanceOfSatisfying(DuplicateValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("name");
                    assertThat(e.messageKey()).isEqualTo("organisation.name.taken");
                });
    }

    @Test
    void aChangeAtAnOldVersionIsAConflictAndAChangeOfNothingIsNotRecorded() {
        Organisation o = organisation(directory, "Versioned NGO");
        NewOrganisation renamed = new NewOrganisation(o.name() + " renamed", null, OrganisationType.NGO, "SN", null);

        Organisation changed = directory.update(o.id(), 0, renamed, "admin");
        assertThat(changed.version()).isEqualTo(1);
        assertThatThrownBy(() -> directory.update(o.id(), 0, renamed, "admin"))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("error.stale"));
        assertThat(directory.update(o.id(), 1, renamed, "admin").version()).isEqualTo(1);
        assertThat(audited("organisation", o.id().value())).containsExactly(
                "ORGANISATION_CREATED fields=name,type,country", "ORGANISATION_UPDATED fields=name");
    }

    @Test
    void anOfficeCodeStartsWithItsCountryAndIsUsedOnce() {
        Organisation o = organisation(directory, "Offices NGO");
        Office office = office(directory, o, "SN");

        assertThatThrownBy(() -> directory.create(new NewOffice(o.id(), "GH-" + office.code().substring(3), "Office",
                "SN", "Dakar"), "admin"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("code", "office.code.country"));
        assertThatThrownBy(() -> directory.create(new NewOffice(o.id(), office.code(), "Office", "SN", "Dakar"),
                "admin"))
                .isInstanceOfSatisfying(DuplicateValueException.class, e -> assertThat(e.field()).isEqualTo("code"));
    }

    @Test
    void officesAndOrganisationsAreLookedUpInOneQueryLeavingUnknownIdsOut() throws Exception {
        Organisation first = organisation(directory, "Lookup NGO");
        Organisation second = organisation(directory, "Lookup NGO");
        Office dakar = office(directory, first, "SN");
        Office accra = office(directory, second, "GH");
        OfficeId unknownOffice = new OfficeId(Long.MAX_VALUE);
        OrganisationId unknownOrganisation = new OrganisationId(Long.MAX_VALUE);

        AtomicReference<Map<OfficeId, Office>> offices = new AtomicReference<>();
        AtomicReference<Map<OrganisationId, Organisation>> organisations = new AtomicReference<>();
        assertThat(SqlStatements.count(() -> offices.set(directory.offices(
                Arrays.asList(dakar.id(), accra.id(), dakar.id(), unknownOffice, null))))).isEqualTo(1);
        assertThat(SqlStatements.count(() -> organisations.set(directory.organisations(
                Arrays.asList(first.id(), second.id(), unknownOrganisation, null))))).isEqualTo(1);

        assertThat(offices.get()).containsOnly(Map.entry(dakar.id(), dakar), Map.entry(accra.id(), accra));
        assertThat(organisations.get()).containsOnly(Map.entry(first.id(), first),
                Map.entry(second.id(), second));
    }

    @Test
    void officesLookedUpAgainAreAnsweredFromMemoryAndAnEditIsSeenAtOnce() throws Exception {
        Organisation o = organisation(directory, "Remembered NGO");
        Office office = office(directory, o, "SN");
        directory.offices(List.of(office.id()));

        assertThat(SqlStatements.count(() -> assertThat(directory.offices(List.of(office.id())))
                .containsEntry(office.id(), office))).isZero();
        Office renamed = directory.update(office.id(), office.version(), new NewOffice(o.id(), office.code(),
                "Renamed office", office.countryCode(), office.city()), "admin");
        assertThat(directory.offices(List.of(office.id())).get(office.id()).name()).isEqualTo("Renamed office");
        assertThat(renamed.name()).isEqualTo("Renamed office");
    }

    @Test
    void noIdsAreAnsweredWithoutAQuery() throws Exception {
        assertThat(SqlStatements.count(() -> {
            assertThat(directory.offices(List.<OfficeId>of())).isEmpty();
            assertThat(directory.organisations(List.<OrganisationId>of())).isEmpty();
            assertThat(directory.offices(Arrays.asList((OfficeId) null))).isEmpty();
        })).isZero();
    }

    @Test
    void everyOfficeComesOnceByCountryThenCode() {
        Organisation o = organisation(directory, "Every office NGO");
        Office senegal = office(directory, o, "SN");
        Office ghana = office(directory, o, "GH");

        List<Office> all = directory.offices();

        assertThat(all).contains(senegal, ghana).doesNotHaveDuplicates()
                .isSortedAccordingTo(Comparator.comparing(Office::countryCode).thenComparing(Office::code));
    }

    @Test
    void aCountryIsAMemberFromTheDayItJoinedUntilTheDayBeforeItLeft() {
        LocalDate left = LocalDate.of(2025, 1, 29);

        assertThat(communities.members("ECOWAS", left.minusDays(1))).extracting(Membership::countryCode)
                .contains("ML", "SN").isSorted();
        assertThat(communities.members("ECOWAS", left)).extracting(Membership::countryCode)
                .doesNotContain("ML").contains("SN");
        assertThat(communities.members("ECOWAS", LocalDate.of(1975, 5, 27))).isEmpty();
    }

    @Test
    void theMembersOfEveryCommunityAreCountedInOneQueryAsTheyAreListed() throws Exception {
        LocalDate date = LocalDate.of(2024, 6, 1);
        AtomicReference<Map<String, Integer>> counts = new AtomicReference<>();

        assertThat(SqlStatements.count(() -> counts.set(communities.memberCounts(date)))).isEqualTo(1);

        for (Community community : communities.all()) {
            assertThat(counts.get().getOrDefault(community.code(), 0)).as(community.code())
                    .isEqualTo(communities.members(community.code(), date).size());
        }
        assertThat(counts.get().get("ECOWAS")).isEqualTo(15);
    }
}
