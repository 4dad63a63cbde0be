package org.sankofa.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sankofa.cases.events.CaseClosed;
import org.sankofa.cases.events.CaseRegistered;
import org.sankofa.cases.events.CaseReopened;
import org.sankofa.cases.events.CaseUpdated;
import org.sankofa.cases.internal.CaseList;
import org.sankofa.cases.internal.CaseReader;
import org.sankofa.cases.internal.RegisterCase;
import org.sankofa.cases.internal.UpdateCase;
import org.sankofa.cases.internal.closure.Closures;
import org.sankofa.cases.internal.consent.ConsentGiver;
import org.sankofa.cases.internal.consent.ConsentPurpose;
import org.sankofa.cases.internal.consent.Consents;
import org.sankofa.cases.internal.notes.Notes;
import org.sankofa.cases.internal.timeline.CaseTimeline;
import org.sankofa.database.SqlStatements;
import org.sankofa.directory.Directory;
import org.sankofa.directory.NewOffice;
import org.sankofa.directory.NewOrganisation;
import org.sankofa.directory.Office;
import org.sankofa.directory.OrganisationId;
import org.sankofa.directory.OrganisationType;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.NewUser;
import org.sankofa.identity.Role;
import org.sankofa.identity.RoleGrant;
import org.sankofa.identity.UserAccounts;
import org.sankofa.shared.ConflictException;
import org.sankofa.shared.InvalidInputException;
import org.sankofa.shared.NotFoundException;
import org.sankofa.shared.web.Decision;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The case record's own rules and the events it publishes, through the module's services, with only the modules it
 * depends on (no demo world: two offices and their staff are made here). Events carry ids and facts, never a name.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "identity")
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CasesModuleTests {

    private static final AtomicInteger NAMES = new AtomicInteger();

    /**
     * The statements of a save that changes a field of the case itself: the access check (which reads the case's
     * facts), the case read to know what changed (case and route; its offices' codes come from the directory's
     * memory once it has read them), the update, and the audit entry (its head and the entry). Saving used to check
     * access three times, read the case twice, rewrite every part and record a view.
     */
    static final int SAVE_STATEMENTS = 6;

    @Autowired
    RegisterCase registration;
    @Autowired
    UpdateCase updates;
    @Autowired
    Directory directory;
    @Autowired
    UserAccounts users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CaseReader reader;
    @Autowired
    Closures closures;
    @Autowired
    Notes notes;
    @Autowired
    Consents consents;
    @Autowired
    CaseTimeline timeline;
    @Autowired
    CaseList list;

    CurrentUser caseWorker;
    CurrentUser supervisor;
    CurrentUser otherOffice;
    CurrentUser coordinator;

    @BeforeAll
    void twoOfficesWithTheirStaff() {
        OrganisationId organisation = directory.create(new NewOrganisation("Module test mission", "MTM",
                OrganisationType.NGO, "SN", null), "test").id();
        Office dakar = directory.create(new NewOffice(organisation, "SN-MOD", "Module test office", "SN", "Dakar"),
                "test");
        Office conakry = directory.create(new NewOffice(organisation, "GN-MOD", "Module test office Guinea", "GN",
                "Conakry"), "test");
        caseWorker = user("module.caseworker", dakar, Role.CASE_WORKER);
        supervisor = user("module.supervisor", dakar, Role.CASE_SUPERVISOR);
        otherOffice = user("module.conakry", conakry, Role.CASE_WORKER);
        coordinator = user("module.coordinator", dakar, Role.NATIONAL_COORDINATOR);
    }

    @Test
    void registeringACasePublishesItsFactsAndNoName(AssertablePublishedEvents events) {
        CaseDraft draft = draft("Fatoumata", 2);
        CaseId caseId = registration.register(draft, caseWorker).id();

        assertThat(events).contains(CaseRegistered.class)
                .matching(CaseRegistered::caseId, caseId)
                .matching(CaseRegistered::officeId, caseWorker.officeId())
                .matching(CaseRegistered::country, "SN")
                .matching(CaseRegistered::child, false);
        assertNoName(events, draft);
    }

    @Test
    void aSaveTellsTheNamesOfTheFieldsItChangedNeverTheirValues(AssertablePublishedEvents events) {
        CaseDraft draft = draft("Mariama", 1);
        CaseId caseId = registration.register(draft, caseWorker).id();
        CaseDraft renamed = renamed(changed(draft, "Thiès"), "Mariam");

        updates.update(caseWorker, caseId, renamed);

        assertThat(events).contains(CaseUpdated.class).matching(CaseUpdated::caseId, caseId)
                .matching(CaseUpdated::fields, List.of("identifiedCity", "givenNames"));
        assertNoName(events, renamed);
        assertNoName(events, draft);
    }

    @Test
    void aSaveThatChangesNothingTellsNothing(AssertablePublishedEvents events) {
        CaseDraft draft = draft("Ramatoulaye", 1);
        CaseId caseId = registration.register(draft, caseWorker).id();

        UpdateCase.Updated updated = updates.update(caseWorker, caseId, changed(draft, "Dakar"));

        assertThat(updated.fields()).isEmpty();
        assertThat(updated.record().version()).isEqualTo(1);
        assertThat(events.ofType(CaseUpdated.class)).isEmpty();
    }

    @Test
    void aStaleSaveIsRefusedAndTellsNothing(AssertablePublishedEvents events) {
        CaseDraft draft = draft("Hawa", 1);
        CaseId caseId = registration.register(draft, caseWorker).id();
        updates.update(caseWorker, caseId, changed(draft, "Thiès"));

        assertThatThrownBy(() -> updates.update(caseWorker, caseId, changed(draft, "Mbour")))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("error.stale"));
        assertThat(events.ofType(CaseUpdated.class).matching(CaseUpdated::caseId, caseId)).hasSize(1);
        assertThat(reader.read(caseWorker, caseId, "test").identification().city()).isEqualTo("Thiès");
    }

    @Test
    void closingAndReopeningAnAdultsCaseAreTold(AssertablePublishedEvents events) {
        CaseId caseId = registration.register(draft("Kadiatou", 1), caseWorker).id();

        assertThat(closures.close(caseWorker, caseId, ClosureReason.REINTEGRATION_COMPLETED, "Back home").closed())
                .isTrue();
        closures.reopen(caseWorker, caseId, "Came back to the office");

        assertThat(events).contains(CaseClosed.class).matching(CaseClosed::caseId, caseId)
                .matching(CaseClosed::reason, ClosureReason.REINTEGRATION_COMPLETED.value())
                .matching(CaseClosed::closedOn, LocalDate.now());
        assertThat(events).contains(CaseReopened.class).matching(CaseReopened::caseId, caseId)
                .matching(CaseReopened::officeId, caseWorker.officeId());
        assertNotTold(events, "Back home", "Came back");
    }

    @Test
    void aChildsCaseClosesOnlyWhenAnotherSupervisorApproves(AssertablePublishedEvents events) {
        CaseId caseId = registration.register(child(draft("Ousmane", 1)), caseWorker).id();

        Closures.Outcome requested = closures.close(caseWorker, caseId, ClosureReason.REINTEGRATION_COMPLETED,
                "Reunited with his mother");
        assertThat(requested.closed()).isFalse();
        assertThat(events.ofType(CaseClosed.class).matching(CaseClosed::caseId, caseId)).isEmpty();
        assertThatThrownBy(() -> closures.decide(caseWorker, caseId, requested.requestId(), Decision.Outcome.APPROVE,
                Decision.none()))
                .isInstanceOf(AccessDeniedException.class);

        closures.decide(supervisor, caseId, requested.requestId(), Decision.Outcome.APPROVE, Decision.none());

        assertThat(events).contains(CaseClosed.class).matching(CaseClosed::caseId, caseId);
    }

    @Test
    void theListsOfACaseSendTheSameStatementsWhateverTheirLength() throws Exception {
        CaseId few = registration.register(draft("Adama", 1), caseWorker).id();
        CaseId many = registration.register(draft("Bintou", 1), caseWorker).id();
        notes.add(caseWorker, few, "First interview held.");
        for (CurrentUser author : List.of(caseWorker, supervisor, caseWorker, supervisor)) {
            notes.add(author, many, "Follow-up call.");
        }
        consents.record(caseWorker, few, consent(ConsentPurpose.ASSISTANCE));
        consents.record(caseWorker, many, consent(ConsentPurpose.ASSISTANCE));
        consents.record(supervisor, many, consent(ConsentPurpose.PARTNER_SHARING));
        closures.close(caseWorker, few, ClosureReason.LOST_CONTACT, "No news");
        closures.reopen(caseWorker, few, "Back");
        for (CurrentUser author : List.of(caseWorker, supervisor)) {
            closures.close(author, many, ClosureReason.LOST_CONTACT, "No news");
            closures.reopen(author, many, "Back");
        }
        // The first reads fill the directory's memory of offices; the counts compare the reads after it.
        notes.list(supervisor, few);
        consents.list(supervisor, few);
        closures.history(supervisor, few);
        timeline.steps(supervisor, few);

        assertThat(SqlStatements.count(() -> notes.list(supervisor, many)))
                .isEqualTo(SqlStatements.count(() -> notes.list(supervisor, few)));
        assertThat(SqlStatements.count(() -> consents.list(supervisor, many)))
                .isEqualTo(SqlStatements.count(() -> consents.list(supervisor, few)));
        assertThat(SqlStatements.count(() -> closures.history(supervisor, many)))
                .isEqualTo(SqlStatements.count(() -> closures.history(supervisor, few)));
        assertThat(SqlStatements.count(() -> timeline.steps(supervisor, many)))
                .isEqualTo(SqlStatements.count(() -> timeline.steps(supervisor, few)));
        assertThat(timeline.steps(supervisor, many)).extracting(CaseTimeline.Step::actor)
                .contains("Module CASE_WORKER", "Module CASE_SUPERVISOR");
    }

    @Test
    void theCaseListSendsTheSameStatementsWhateverItsLength() throws Exception {
        CaseFilter oneCase = CaseFilter.none(1);
        CaseFilter aPage = CaseFilter.none(20);
        for (int i = 0; i < 3; i++) {
            registration.register(draft("Salif", 1), caseWorker);
        }

        CasePage[] shown = new CasePage[2];
        int forOne = SqlStatements.count(() -> shown[0] = list.list(caseWorker, oneCase));
        int forPage = SqlStatements.count(() -> shown[1] = list.list(caseWorker, aPage));

        assertThat(shown[0].items()).hasSize(1);
        assertThat(shown[1].items()).hasSizeGreaterThan(2)
                .allSatisfy(row -> assertThat(row.officeCode()).isEqualTo("SN-MOD"));
        assertThat(forPage).isEqualTo(forOne);
    }

    @Test
    void aChildsCaseNeedsAGuardian() {
        CaseDraft noGuardian = child(draft("Alpha", 1));
        CaseDraft orphaned = new CaseDraft(noGuardian.identifiedOn(), "SN", "Dakar", "NgoOutreach",
                "PossibleVictimOfTrafficking", null, "Alpha", noGuardian.familyName(), null, "Masculine", null, 9,
                "GN", List.of(), null, null, null, null, null, null, List.of(), List.of(), null, null, null, null,
                null, null, null, null, List.of(), null);

        assertThatThrownBy(() -> registration.register(orphaned, caseWorker))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry("guardianName", "case.guardian.required")
                        .containsEntry("guardianRelation", "case.guardian.required"));
    }

    @Test
    void aCaseIsHiddenFromOtherOfficesAndRefusedToRolesWithoutCases() {
        CaseId caseId = registration.register(draft("Nene", 1), caseWorker).id();

        assertThatThrownBy(() -> reader.read(otherOffice, caseId, "test")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> updates.update(otherOffice, caseId, changed(draft("Nene", 1), "Thiès")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reader.read(coordinator, caseId, "test")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> registration.register(draft("Nene", 1), coordinator))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aSaveRecordsAnUpdateAndNoView() {
        CaseDraft registered = draft("Aminata", 1);
        CaseId caseId = registration.register(registered, caseWorker).id();

        updates.update(caseWorker, caseId, changed(registered, "Thiès"));

        assertThat(actions(caseId)).containsExactly("CASE_CREATED", "CASE_UPDATED");
    }

    @Test
    void aSaveSendsTheSameFewStatementsWhateverTheCaseHolds() throws Exception {
        CaseDraft oneLeg = draft("Binta", 1);
        CaseDraft fourLegs = draft("Coumba", 4);
        CaseId shortRoute = registration.register(oneLeg, caseWorker).id();
        CaseId longRoute = registration.register(fourLegs, caseWorker).id();
        CaseId warmUp = registration.register(draft("Dienaba", 1), caseWorker).id();
        updates.update(caseWorker, warmUp, changed(draft("Dienaba", 1), "Thiès"));

        int forShort = SqlStatements.count(() -> updates.update(caseWorker, shortRoute, changed(oneLeg, "Thiès")));
        int forLong = SqlStatements.count(() -> updates.update(caseWorker, longRoute, changed(fourLegs, "Thiès")));

        assertThat(forShort).isEqualTo(SAVE_STATEMENTS);
        assertThat(forLong).isEqualTo(forShort);
    }

    /** No event of the test tells a name, given or family, of the case's person. */
    private static void assertNoName(AssertablePublishedEvents events, CaseDraft draft) {
        assertNotTold(events, draft.givenNames(), draft.familyName());
    }

    /** No event of the test holds any of these words. */
    private static void assertNotTold(AssertablePublishedEvents events, String... words) {
        assertThat(events.ofType(Object.class)).isNotEmpty()
                .allSatisfy(event -> assertThat(event.toString()).doesNotContain(words));
    }

    private CurrentUser user(String username, Office office, Role role) {
        users.create(new NewUser(username, "Module " + role, null, "a long and unguessable passphrase 42",
                office.organisationId().value(), office.id().value(), "en", Set.of(RoleGrant.of(role))));
        return users.findByUsername(username).orElseThrow();
    }

    /** An adult's case found in Dakar, with a route of {@code legs} countries. */
    static CaseDraft draft(String givenNames, int legs) {
        List<RouteLeg> route = new ArrayList<>();
        List<String> countries = List.of("GN", "ML", "GW", "SN");
        for (int i = 0; i < legs; i++) {
            route.add(new RouteLeg(countries.get(4 - legs + i), i == legs - 1 ? "DESTINATION" : "TRANSIT",
                    null, null));
        }
        return new CaseDraft(LocalDate.now().minusDays(2), "SN", "Dakar", "NgoOutreach",
                "PossibleVictimOfTrafficking", null, givenNames, "Demo-Module" + NAMES.incrementAndGet(), null,
                "Feminine", null, 24, "GN", List.of("fr"), null, null, null, null, null, null, List.of(),
                List.of("ForcedBegging"), null, null, null, null, null, null, null, null, route, null);
    }

    static Consents.NewConsent consent(ConsentPurpose purpose) {
        return new Consents.NewConsent(purpose, ConsentGiver.PERSON, LocalDate.now().minusDays(1), false, false);
    }

    /** The same case as a boy of nine, with his mother as guardian. */
    static CaseDraft child(CaseDraft d) {
        return new CaseDraft(d.identifiedOn(), d.identifiedCountry(), d.identifiedCity(), d.referralSource(),
                d.traffickingStatus(), d.statusDecidedBy(), d.givenNames(), d.familyName(), d.aliases(), "Masculine",
                null, 9, d.citizenship(), d.languages(), null, null, "Aissatou " + d.familyName(), null, "MOTHER",
                d.recruitmentMethod(), d.controlMethods(), d.exploitationTypes(), d.forcedLabourIndustry(),
                d.sexExploitationType(), d.recruiterRelation(), d.recruitmentCountry(), d.recruitmentPlace(),
                d.exploitationCountry(), d.exploitationPlace(), d.narrative(), d.route(), d.version());
    }

    /** The same draft with other given names. */
    static CaseDraft renamed(CaseDraft d, String givenNames) {
        return new CaseDraft(d.identifiedOn(), d.identifiedCountry(), d.identifiedCity(), d.referralSource(),
                d.traffickingStatus(), d.statusDecidedBy(), givenNames, d.familyName(), d.aliases(), d.sex(),
                d.dateOfBirth(), d.estimatedAge(), d.citizenship(), d.languages(), d.contact(), d.address(),
                d.guardianName(), d.guardianContact(), d.guardianRelation(), d.recruitmentMethod(),
                d.controlMethods(), d.exploitationTypes(), d.forcedLabourIndustry(), d.sexExploitationType(),
                d.recruiterRelation(), d.recruitmentCountry(), d.recruitmentPlace(), d.exploitationCountry(),
                d.exploitationPlace(), d.narrative(), d.route(), d.version());
    }

    /** The same case found in another city, sent with the version read after registration. */
    static CaseDraft changed(CaseDraft d, String city) {
        return new CaseDraft(d.identifiedOn(), d.identifiedCountry(), city, d.referralSource(),
                d.traffickingStatus(), d.statusDecidedBy(), d.givenNames(), d.familyName(), d.aliases(), d.sex(),
                d.dateOfBirth(), d.estimatedAge(), d.citizenship(), d.languages(), d.contact(), d.address(),
                d.guardianName(), d.guardianContact(), d.guardianRelation(), d.recruitmentMethod(),
                d.controlMethods(), d.exploitationTypes(), d.forcedLabourIndustry(), d.sexExploitationType(),
                d.recruiterRelation(), d.recruitmentCountry(), d.recruitmentPlace(), d.exploitationCountry(),
                d.exploitationPlace(), d.narrative(), d.route(), 0);
    }

    private List<String> actions(CaseId caseId) {
        return jdbc.sql("select action from audit_entry where target_type = 'case' and target_id = ? order by id")
                .param(caseId.toString()).query(String.class).list();
    }
}
