package org.sankofa.cases.internal;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.sankofa.database.SqlStatements;
import org.sankofa.directory.Directory;
import org.sankofa.directory.NewOffice;
import org.sankofa.directory.NewOrganisation;
import org.sankofa.directory.Office;
import org.sankofa.directory.Organisation;
import org.sankofa.directory.OrganisationType;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.NewUser;
import org.sankofa.identity.Role;
import org.sankofa.identity.RoleGrant;
import org.sankofa.identity.UserAccounts;
import org.sankofa.support.SankofaTest;
import org.sankofa.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scope of an office's staff widens to the cases it handed over once it has handed one over. That fact is final
 * (an accepted transfer is never undone), so it is asked of the database until it is true, then no more: a list by an
 * office that transferred cases sends one statement fewer, and an office that has not is asked on every request, so a
 * transfer accepted on another node counts on the very next list.
 */
@SankofaTest
class CaseGuardScopeTests {

    @Autowired
    CaseGuard guard;
    @Autowired
    UserAccounts users;
    @Autowired
    Directory directory;

    @Test
    void anOfficeThatHandedACaseOverIsAskedOnceAndItsScopeKeepsItsFormerCases() throws Exception {
        // the demo's Dakar office handed a case over to Conakry (DemoJourneys)
        CurrentUser dakar = users.findByUsername("caseworker.dakar").orElseThrow();
        CaseScope[] scope = new CaseScope[1];

        guard.scopeOf(dakar);
        int again = SqlStatements.count(() -> scope[0] = guard.scopeOf(dakar));

        assertThat(again).isZero();
        assertThat(scope[0]).isInstanceOfSatisfying(CaseScope.OfficeCases.class,
                office -> assertThat(office.formerCases()).isTrue());
    }

    @Test
    void anOfficeThatHandedNothingOverIsAskedOnEveryRequest() throws Exception {
        CurrentUser worker = newCaseWorker();
        CaseScope[] scope = new CaseScope[1];

        guard.scopeOf(worker);
        int again = SqlStatements.count(() -> scope[0] = guard.scopeOf(worker));

        assertThat(again).isEqualTo(1);
        assertThat(scope[0]).isInstanceOfSatisfying(CaseScope.OfficeCases.class,
                office -> assertThat(office.formerCases()).isFalse());
    }

    private CurrentUser newCaseWorker() {
        String username = SignIn.uniqueUsername("scope");
        Organisation organisation = directory.create(new NewOrganisation("Scope NGO " + username, null,
                OrganisationType.NGO, "SN", null), "test");
        String code = "SN-" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
        Office office = directory.create(new NewOffice(organisation.id(), code, "Office " + code, "SN", "Thiès"),
                "test");
        users.create(new NewUser(username, "Test " + username, null, "a-long-test-password",
                organisation.id().value(), office.id().value(), "en", Set.of(RoleGrant.of(Role.CASE_WORKER))));
        return users.findByUsername(username).orElseThrow();
    }
}
