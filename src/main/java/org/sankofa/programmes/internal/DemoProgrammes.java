package org.sankofa.programmes.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sankofa.cases.EnrolledCases;
import org.sankofa.demo.DemoPart;
import org.sankofa.demo.DemoStep;
import org.sankofa.directory.Communities;
import org.sankofa.directory.Directory;
import org.sankofa.directory.Membership;
import org.sankofa.directory.Office;
import org.sankofa.directory.Organisation;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Role;
import org.sankofa.identity.RoleGrant;
import org.sankofa.plans.PlanActivities;
import org.sankofa.programmes.TargetMeasure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The funded programmes of the seeds (shared/seeds 000, 001, 002): the Regional Return and Reintegration Programme
 * for Child Trafficking Victims (US BPRM, since 2006, nine then the fifteen ECOWAS countries, "a further 100
 * children" beside the 320 already helped, six national workshops), the Stop Trafficking Campaign (US BPRM),
 * COMPASS (IOM) and PROMIS (UNODC) funded by the Netherlands, and MPRR-SSA (EU). What a source does not say is
 * synthetic and marked so in the programme's source: which nine countries came first, the day the new phase began,
 * the split of a target over the years, the budget lines. Demo children of IOM Dakar and Conakry whose return
 * arrived are enrolled in the return programme, so that its progress shows. Loads once (found by a code).
 */
@Component
class DemoProgrammes implements DemoStep {

    private static final Logger log = LoggerFactory.getLogger(DemoProgrammes.class);
    static final String RETURN_PROGRAMME = "RRRP-CTV";
    /** The day the new phase began: the press release gives no date (synthetic). */
    static final LocalDate NEW_PHASE = LocalDate.of(2025, 1, 1);
    private static final String SEED_RETURN = "IOM press release \"IOM Expands Regional Return and Reintegration "
            + "Programme for Child Trafficking Victims\". Synthetic demo values, not in the source: the nine first "
            + "countries, the first day (2006-01-01) and the day of the new phase (2025-01-01), the split of the "
            + "targets over the years.";
    private static final String SEED_CAMPAIGN = "IOM press release \"IOM, AU, ECOWAS and UNODC Joint Launch of "
            + "Ouagadougou Action Plan to Combat Human Trafficking\". Synthetic demo values: the source gives no "
            + "year, so the first day (2009-01-01) is a placeholder.";
    private static final String SEED_MALI = "IOM press release \"Mali Launches a National Action Plan to Combat "
            + "Trafficking in Persons 2023-2027 with the Support of IOM and UNODC\" (Bamako, October 2023). "
            + "Synthetic demo values: the first day and the budget lines.";
    /** The nine countries the programme first covered: the source does not name them (synthetic). */
    private static final List<String> FIRST_NINE = List.of("SN", "ML", "GN", "CI", "BF", "NE", "GH", "TG", "BJ");

    private final Programmes programmes;
    private final Targets targets;
    private final Enrolments enrolments;
    private final EnrolledCases cases;
    private final Directory directory;
    private final Communities communities;
    private final PlanActivities activities;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final CurrentUser loader = new CurrentUser(0, "demo-loader", "Demo loader", null, null, "en",
            Set.of(RoleGrant.of(Role.ADMINISTRATOR)), true, false, false, null);

    DemoProgrammes(Programmes programmes, Targets targets, Enrolments enrolments, EnrolledCases cases,
            Directory directory, Communities communities, PlanActivities activities, JdbcClient jdbc,
            TransactionTemplate transactions) {
        this.programmes = programmes;
        this.targets = targets;
        this.enrolments = enrolments;
        this.cases = cases;
        this.directory = directory;
        this.communities = communities;
        this.activities = activities;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public DemoPart part() {
        return DemoPart.PROGRAMMES;
    }

    @Override
    public void load() {
        Programme rrrp = transactions.execute(status -> {
            if (jdbc.sql("select count(*) from programme where code = ?").param(RETURN_PROGRAMME).query(Long.class)
                    .single() > 0) {
                return null;
            }
            Map<String, Long> orgs = new HashMap<>();
            for (Organisation o : directory.organisations()) {
                if (o.acronym() != null) {
                    orgs.putIfAbsent(o.acronym(), o.id().value());
                }
            }
            List<String> ecowas = communities.members("ECOWAS", LocalDate.of(2024, 12, 31)).stream()
                    .map(Membership::countryCode).sorted().toList();
            Programme returns = returnProgramme(orgs, ecowas);
            campaign(orgs, ecowas);
            mali("COMPASS", "Cooperation on Migration and Partnerships for Sustainable Solutions (COMPASS)",
                    orgs.get("NL-MFA"), orgs.get("IOM"), TargetMeasure.COUNTRIES_COVERED, "EUR");
            mali("PROMIS", "PROMIS: a human rights-based response to migrant smuggling and trafficking in West "
                    + "Africa", orgs.get("NL-MFA"), orgs.get("UNODC"), TargetMeasure.PEOPLE_TRAINED, "EUR");
            mali("MPRR-SSA", "Migrant Protection, Return and Reintegration Programme for Sub-Saharan Africa "
                    + "(MPRR-SSA)", orgs.get("EU"), orgs.get("IOM"), TargetMeasure.CHILDREN_RETURNED, "EUR");
            return returns;
        });
        if (rrrp != null) {
            // each enrolment in its own transaction, under the rules of a person of the case's office
            int enrolled = enrolDemoChildren(rrrp);
            log.info("Demo programmes loaded: 5 programmes, {} demo cases enrolled in {}", enrolled,
                    RETURN_PROGRAMME);
        }
    }

    private Programme returnProgramme(Map<String, Long> orgs, List<String> ecowas) {
        List<ProgrammeDraft.Country> countries = new ArrayList<>();
        for (String code : ecowas) {
            countries.add(new ProgrammeDraft.Country(code, FIRST_NINE.contains(code) ? LocalDate.of(2006, 1, 1)
                    : NEW_PHASE));
        }
        List<Long> partners = new ArrayList<>();
        if (orgs.get("ABRI") != null) {
            partners.add(orgs.get("ABRI"));
        }
        Programme p = programmes.create(new ProgrammeDraft(RETURN_PROGRAMME,
                "Regional Return and Reintegration Programme for Child Trafficking Victims",
                "Voluntary return and reintegration of child victims of trafficking in West Africa: identification in "
                        + "the country the child was trafficked to, investigation of the departure, a decision in the "
                        + "child's best interests, the return home and socio-economic reintegration (school, "
                        + "vocational training, an income-generating activity), with the communities of origin.",
                LocalDate.of(2006, 1, 1), null, SEED_RETURN, List.of(new ProgrammeDraft.Donor(orgs.get("BPRM"), null)),
                List.of(orgs.get("IOM")), partners, countries,
                List.of(new ProgrammeDraft.Phase("First phase: nine West African countries", LocalDate.of(2006, 1, 1),
                        NEW_PHASE.minusDays(1)),
                        new ProgrammeDraft.Phase("New phase: the 15 ECOWAS countries", NEW_PHASE, null)),
                List.of(new ProgrammeDraft.Budget("Return and reintegration of children (synthetic demo figure)",
                        "USD", new BigDecimal("450000"), new BigDecimal("300000"), new BigDecimal("212500")),
                        new ProgrammeDraft.Budget("National workshops (synthetic demo figure)", "USD",
                                new BigDecimal("60000"), new BigDecimal("60000"), new BigDecimal("18000")),
                        new ProgrammeDraft.Budget("Local partners' shelters (synthetic demo figure)", "XOF",
                                new BigDecimal("25000000"), new BigDecimal("10000000"), new BigDecimal("7500000"))),
                List.of(), List.of()), loader);
        targets.add(p.programmeId(), new TargetDraft(TargetMeasure.CHILDREN_ASSISTED, "Help a further 100 children",
                new BigDecimal("320"), null, Map.of("2025", new BigDecimal("50"), "2026", new BigDecimal("50"))),
                loader);
        targets.add(p.programmeId(), new TargetDraft(TargetMeasure.CHILDREN_RETURNED, "Children returned home",
                null, null, Map.of("2025", new BigDecimal("40"), "2026", new BigDecimal("40"))), loader);
        targets.add(p.programmeId(), new TargetDraft(TargetMeasure.CHILDREN_REINTEGRATED,
                "Children reintegrated (school, vocational training, income-generating activity)", null, null,
                Map.of()), loader);
        targets.add(p.programmeId(), new TargetDraft(TargetMeasure.COUNTRIES_COVERED,
                "Expand to the 15 ECOWAS countries", new BigDecimal("9"), null, Map.of("2025", new BigDecimal("6"))),
                loader);
        targets.add(p.programmeId(), new TargetDraft(TargetMeasure.WORKSHOPS_HELD,
                "Six national workshops (Abidjan, Conakry, Dakar, Ouagadougou, Monrovia, Niamey)", null, null,
                Map.of("2025", new BigDecimal("3"), "2026", new BigDecimal("3"))), loader);
        return p;
    }

    private void campaign(Map<String, Long> orgs, List<String> ecowas) {
        List<Long> partners = new ArrayList<>();
        for (String acronym : List.of("AUC", "ECOWAS", "UNODC")) {
            if (orgs.get(acronym) != null) {
                partners.add(orgs.get(acronym));
            }
        }
        Programme p = programmes.create(new ProgrammeDraft("STC-OAP",
                "Stop Trafficking Campaign: Operationalizing the Ouagadougou Action Plan to Combat Trafficking in "
                        + "Human Beings, Especially Women and Children",
                "Joint workshops promoting the Ouagadougou Action Plan among the Regional Economic Communities, "
                        + "launched in Abuja for the ECOWAS region and the AU.", LocalDate.of(2009, 1, 1), null,
                SEED_CAMPAIGN, List.of(new ProgrammeDraft.Donor(orgs.get("BPRM"), null)), List.of(orgs.get("IOM")),
                partners, ecowas.stream().map(c -> new ProgrammeDraft.Country(c, LocalDate.of(2009, 1, 1))).toList(),
                List.of(), List.of(), List.of(), List.of()), loader);
        targets.add(p.programmeId(), new TargetDraft(TargetMeasure.WORKSHOPS_HELD,
                "Joint workshops with the Regional Economic Communities", null, null, Map.of()), loader);
    }

    private void mali(String code, String title, Long donor, Long implementer, TargetMeasure measure,
            String currency) {
        List<Long> served = activities.all().stream()
                .filter(a -> a.planTitle().contains("Mali") && a.planTitle().contains("2023")).limit(2)
                .map(PlanActivities.ActivityRef::id).toList();
        Programme p = programmes.create(new ProgrammeDraft(code, title,
                "Support to the National Action Plan to Combat Trafficking in Persons 2023-2027 in Mali.",
                LocalDate.of(2023, 1, 1), null, SEED_MALI,
                donor == null ? List.of() : List.of(new ProgrammeDraft.Donor(donor, null)), List.of(implementer),
                List.of(), List.of(new ProgrammeDraft.Country("ML", LocalDate.of(2023, 10, 1))), List.of(),
                List.of(new ProgrammeDraft.Budget("Support to the national action plan (synthetic demo figure)",
                        currency, new BigDecimal("250000"), new BigDecimal("125000"), new BigDecimal("40000"))),
                served, List.of()), loader);
        targets.add(p.programmeId(), new TargetDraft(measure, switch (measure) {
            case COUNTRIES_COVERED -> "Countries supported";
            case PEOPLE_TRAINED -> "Officials trained";
            default -> "Children returned home";
        }, null, null, Map.of()), loader);
    }

    /** Children of IOM Dakar and Conakry whose return arrived joined the return programme on their identification. */
    private int enrolDemoChildren(Programme programme) {
        int count = 0;
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (String officeCode : List.of("SN-DKR", "GN-CKY")) {
            Office office = directory.officeByCode(officeCode).orElse(null);
            if (office == null) {
                continue;
            }
            CurrentUser staff = new CurrentUser(0, "demo-loader", "Demo loader", office.organisationId().value(),
                    office.id().value(), "en", Set.of(RoleGrant.of(Role.CASE_SUPERVISOR)), true, false, false, null);
            for (EnrolledCases.Candidate candidate : cases.childrenReturned(office.id().value(), 14)) {
                LocalDate on = candidate.identifiedOn();
                if (on.isAfter(today) || !programme.countriesOn(on).contains(candidate.country())) {
                    continue;
                }
                try {
                    enrolments.enrol(programme.programmeId(), candidate.caseId(), on, staff);
                    count++;
                } catch (RuntimeException refused) {
                    // a case transferred away, or already enrolled: the rules decide, the demo skips it
                }
            }
        }
        return count;
    }
}
