package org.sankofa.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.sankofa.directory.Directory;
import org.sankofa.directory.NewOffice;
import org.sankofa.directory.NewOrganisation;
import org.sankofa.directory.Office;
import org.sankofa.directory.Organisation;
import org.sankofa.directory.OrganisationType;
import org.sankofa.identity.NewUser;
import org.sankofa.identity.Role;
import org.sankofa.identity.RoleGrant;
import org.sankofa.identity.UserAccounts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first part of the demo world: the organisations and offices the seeds name, and a demo user for every role.
 * Names of people are obviously synthetic. Skipped when the demo administrator exists.
 */
@Component
class DemoPeople implements DemoStep {

    private static final Logger log = LoggerFactory.getLogger(DemoPeople.class);
    private static final String SYSTEM = "demo-loader";

    record DemoUser(String username, String displayName, String officeCode, String organisation, Set<RoleGrant> grants,
            String description) {
    }

    private final Directory directory;
    private final UserAccounts users;
    private final TransactionTemplate transactions;
    private final String password;

    DemoPeople(Directory directory, UserAccounts users, TransactionTemplate transactions,
            @Value("${sankofa.demo-password:sankofa-demo}") String password) {
        this.directory = directory;
        this.users = users;
        this.transactions = transactions;
        this.password = password;
    }

    static List<DemoUser> demoUsers() {
        return List.of(
                new DemoUser("admin", "Ada Admin (demo)", null, "IOM", Set.of(RoleGrant.of(Role.ADMINISTRATOR)),
                        "administrator"),
                new DemoUser("caseworker.dakar", "Awa Demo-Caseworker", "SN-DKR", "IOM",
                        Set.of(RoleGrant.of(Role.CASE_WORKER)), "case worker, IOM Dakar"),
                new DemoUser("supervisor.dakar", "Moussa Demo-Supervisor", "SN-DKR", "IOM",
                        Set.of(RoleGrant.of(Role.CASE_SUPERVISOR)), "case supervisor, IOM Dakar"),
                new DemoUser("caseworker.conakry", "Fatoumata Demo-Caseworker", "GN-CKY", "IOM",
                        Set.of(RoleGrant.of(Role.CASE_WORKER)), "case worker, IOM Conakry"),
                new DemoUser("supervisor.conakry", "Sékou Demo-Supervisor", "GN-CKY", "IOM",
                        Set.of(RoleGrant.of(Role.CASE_SUPERVISOR)), "case supervisor, IOM Conakry"),
                new DemoUser("partner.dakar", "Khady Demo-Partner", "SN-ABRI", "ABRI",
                        Set.of(RoleGrant.of(Role.PARTNER)), "partner shelter (NGO), Dakar"),
                new DemoUser("coordinator.mali", "Oumar Demo-Coordinator", "ML-CNC", "CNCLTP/PA",
                        Set.of(new RoleGrant(Role.NATIONAL_COORDINATOR, "ML", null)), "national coordinator, Mali"),
                new DemoUser("coordinator.ecowas", "Ama Demo-Coordinator", "NG-ECW", "ECOWAS",
                        Set.of(new RoleGrant(Role.REGIONAL_COORDINATOR, null, "ECOWAS")), "regional coordinator, ECOWAS"),
                new DemoUser("mne", "Kofi Demo-Analyst", "SN-UNODC", "UNODC", Set.of(RoleGrant.of(Role.ME_OFFICER)),
                        "M&E officer, UNODC"),
                new DemoUser("organiser", "Aïcha Demo-Organiser", "ET-AUC", "AUC",
                        Set.of(RoleGrant.of(Role.EVENT_ORGANISER)), "event organiser, AU Commission"),
                new DemoUser("observer", "Pieter Demo-Observer", null, "NL-MFA", Set.of(RoleGrant.of(Role.OBSERVER)),
                        "donor / observer, the Netherlands"));
    }

    @Override
    public DemoPart part() {
        return DemoPart.PEOPLE;
    }

    @Override
    public void load() {
        transactions.executeWithoutResult(status -> {
            if (users.findByUsername("admin").isEmpty()) {
                loadPeople();
            }
        });
    }

    /** The demo users and their password, for the start-up log. */
    String listing() {
        StringBuilder list = new StringBuilder("Demo mode. Demo users (password: ").append(password).append("):");
        for (DemoUser user : demoUsers()) {
            list.append(String.format("%n  %-20s %s", user.username(), user.description()));
        }
        return list.toString();
    }

    private void loadPeople() {
        long started = System.nanoTime();
        var iom = organisation("International Organization for Migration", "IOM", OrganisationType.UN_AGENCY, null,
                "https://www.iom.int");
        var unodc = organisation("United Nations Office on Drugs and Crime", "UNODC", OrganisationType.UN_AGENCY,
                null, "https://www.unodc.org");
        var cnc = organisation("National Coordinating Committee to Combat Trafficking in Persons and Similar Practices",
                "CNCLTP/PA", OrganisationType.NATIONAL_COMMITTEE, "ML", null);
        var ecowas = organisation("ECOWAS Commission", "ECOWAS", OrganisationType.REGIONAL_BODY, "NG",
                "https://www.ecowas.int");
        var auc = organisation("African Union Commission", "AUC", OrganisationType.REGIONAL_BODY, "ET",
                "https://au.int");
        var shelter = organisation("Abri Sankofa Dakar (demo partner shelter)", "ABRI", OrganisationType.NGO, "SN",
                null);
        organisation("Bureau of Population, Refugees and Migration, US Department of State", "BPRM",
                OrganisationType.DONOR, "US", null);
        var netherlands = organisation("Ministry of Foreign Affairs of the Netherlands", "NL-MFA",
                OrganisationType.DONOR, "NL", null);
        organisation("European Union", "EU", OrganisationType.DONOR, null, null);
        organisation("Office of the United Nations High Commissioner for Refugees", "UNHCR",
                OrganisationType.UN_AGENCY, null, "https://www.unhcr.org");

        office(iom, "SN-DKR", "IOM Dakar", "SN", "Dakar");
        office(iom, "GN-CKY", "IOM Conakry", "GN", "Conakry");
        office(iom, "ML-BKO", "IOM Mali", "ML", "Bamako");
        office(iom, "DJ-JIB", "IOM Djibouti", "DJ", "Djibouti");
        office(iom, "CI-ABJ", "IOM Abidjan", "CI", "Abidjan");
        office(iom, "NG-ABV", "IOM Abuja", "NG", "Abuja");
        office(unodc, "SN-UNODC", "UNODC Regional Office for West and Central Africa", "SN", "Dakar");
        office(cnc, "ML-CNC", "CNCLTP/PA Secretariat", "ML", "Bamako");
        office(ecowas, "NG-ECW", "ECOWAS Commission", "NG", "Abuja");
        office(auc, "ET-AUC", "AU Commission", "ET", "Addis Ababa");
        office(shelter, "SN-ABRI", "Abri Sankofa Dakar", "SN", "Dakar");

        var byAcronym = java.util.Map.of("IOM", iom, "UNODC", unodc, "CNCLTP/PA", cnc, "ECOWAS", ecowas, "AUC", auc,
                "ABRI", shelter, "NL-MFA", netherlands);
        List<String> created = new ArrayList<>();
        for (DemoUser user : demoUsers()) {
            Organisation organisation = byAcronym.get(user.organisation());
            Long officeId = user.officeCode() == null ? null
                    : directory.officeByCode(user.officeCode()).map(o -> o.id().value()).orElseThrow();
            users.create(new NewUser(user.username(), user.displayName(), null, password,
                    organisation.id().value(), officeId, "en", user.grants()));
            created.add(user.username());
        }
        log.info("Demo world loaded in {} ms: {} users", (System.nanoTime() - started) / 1_000_000, created.size());
    }

    private Organisation organisation(String name, String acronym, OrganisationType type, String country,
            String website) {
        return directory.create(new NewOrganisation(name, acronym, type, country, website), SYSTEM);
    }

    private Office office(Organisation organisation, String code, String name, String country, String city) {
        return directory.create(new NewOffice(organisation.id(), code, name, country, city), SYSTEM);
    }
}
