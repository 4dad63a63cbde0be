package org.sankofa.legal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.RoleGrant;
import org.sankofa.identity.UserAccounts;

/** Instruments, statuses and laws with unique names for the legal tests, which share one database. */
final class LegalFixtures {

    static final String SOURCE = "Test source: https://example.org/legal-test";

    private LegalFixtures() {
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static CurrentUser user(UserAccounts users, String username) {
        return users.findByUsername(username).orElseThrow();
    }

    /** Someone signed in with these roles, without an account in the database (for a module test). */
    static CurrentUser person(String username, RoleGrant... grants) {
        return new CurrentUser(Math.abs(UUID.randomUUID().getLeastSignificantBits() % 1_000_000_000L), username,
                username, null, null, "en", Set.of(grants), true, false, false, "n/a");
    }

    /** An international instrument adopted on 1 January 2000, recorded by the administrator. */
    static Instrument instrument(LegalRecords legal, UserAccounts users) {
        return instrument(legal, user(users, "admin"));
    }

    /** An international instrument adopted on 1 January 2000, recorded by an administrator. */
    static Instrument instrument(LegalRecords legal, CurrentUser administrator) {
        return legal.create(new NewInstrument(unique("Test convention"), unique("TC"), InstrumentKind.INTERNATIONAL,
                List.of(), LocalDate.of(2000, 1, 1), null, null, SOURCE), administrator);
    }

    static NewStatus ratified(Instrument instrument, String country, LocalDate signed, LocalDate ratified) {
        return new NewStatus(instrument.id(), country, signed, ratified == null ? null : ConsentKind.RATIFICATION,
                ratified, null, SOURCE);
    }

    /** A sample of the Palermo Protocol's status table in the UN Treaty Collection's layout (test input). */
    static String untcPalermoSample() throws java.io.IOException {
        try (java.io.InputStream in = LegalFixtures.class.getResourceAsStream("/legal/untc-palermo-sample.csv")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    static NewLaw law(String country, int year, boolean child) {
        return new NewLaw(country, unique("Test law against trafficking in persons"), year,
                List.of(org.sankofa.cases.TypeOfExploitation.FORCED_BEGGING), child,
                child ? "Aggravated penalties when the victim is a child" : null, "5 to 10 years", null, SOURCE);
    }
}
