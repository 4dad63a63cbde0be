package org.sankofa.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sankofa.cases.internal.RegisterCase;
import org.sankofa.cases.internal.UpdateCase;
import org.sankofa.directory.Directory;
import org.sankofa.directory.NewOffice;
import org.sankofa.directory.NewOrganisation;
import org.sankofa.directory.Office;
import org.sankofa.directory.OrganisationType;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.NewUser;
import org.sankofa.identity.Role;
import org.sankofa.identity.RoleGrant;
import org.sankofa.identity.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case record's own rules, through the module's public API, with only the modules it depends on (no demo world:
 * an office and its case worker are made here).
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "identity")
@ActiveProfiles("test")
@Import(SqlStatements.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CasesModuleTests {

    private static final AtomicInteger NAMES = new AtomicInteger();

    /**
     * The statements of a save that changes a field of the case itself: the access check (which reads the case's
     * facts), the case read to know what changed (case and route), the update, and the audit entry (its head and
     * the entry). Saving used to check access three times, read the case twice and record a view.
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

    CurrentUser caseWorker;

    @BeforeAll
    void anOfficeWithItsCaseWorker() {
        long organisation = directory.create(new NewOrganisation("Module test mission", "MTM", OrganisationType.NGO,
                "SN", null), "test").id().value();
        Office office = directory.create(new NewOffice(new org.sankofa.directory.OrganisationId(organisation),
                "SN-MOD", "Module test office", "SN", "Dakar"), "test");
        caseWorker = user("module.caseworker", office, Role.CASE_WORKER);
    }

    @Test
    void aSaveRecordsAnUpdateAndNoView() {
        CaseDraft registered = draft("Aminata", 1);
        CaseId caseId = registration.register(registered, caseWorker).id();

        updates.update(caseWorker, caseId, changed(registered, "Thiès"));

        assertThat(actions(caseId)).containsExactly("CASE_CREATED", "CASE_UPDATED");
    }

    @Test
    void aSaveSendsTheSameFewStatementsWhateverTheCaseHolds() {
        CaseDraft oneLeg = draft("Binta", 1);
        CaseDraft fourLegs = draft("Coumba", 4);
        CaseId shortRoute = registration.register(oneLeg, caseWorker).id();
        CaseId longRoute = registration.register(fourLegs, caseWorker).id();

        int forShort = SqlStatements.statementsOf(() -> updates.update(caseWorker, shortRoute, changed(oneLeg, "Thiès")));
        int forLong = SqlStatements.statementsOf(() -> updates.update(caseWorker, longRoute, changed(fourLegs, "Thiès")));

        assertThat(forShort).isEqualTo(SAVE_STATEMENTS);
        assertThat(forLong).isEqualTo(forShort);
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
