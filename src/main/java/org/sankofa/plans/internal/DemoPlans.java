package org.sankofa.plans.internal;

import org.sankofa.shared.DatePrecision;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sankofa.demo.DemoPart;
import org.sankofa.demo.DemoStep;
import org.sankofa.directory.Directory;
import org.sankofa.directory.Organisation;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Role;
import org.sankofa.identity.RoleGrant;
import org.sankofa.plans.ActivityStatus;
import org.sankofa.plans.Direction;
import org.sankofa.plans.Disaggregation;
import org.sankofa.plans.IndicatorSource;
import org.sankofa.plans.Measure;
import org.sankofa.plans.Pillar;
import org.sankofa.plans.PlanId;
import org.sankofa.plans.PlanScope;
import org.sankofa.plans.PlanStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo plans, from the seeds only (shared/seeds 000, 002, 004): what a source does not say is left empty — no
 * adoption date, period, budget or activity status is made up. The indicators, targets and values of the Mali plan
 * 2023–2027 are demo data: the values are stored as synthetic and every page showing them says so. Runs after the
 * demo world's organisations and people (DemoPart order) in demo mode only, and loads each plan once (found by its title).
 */
@Component
class DemoPlans implements DemoStep {

    private static final Logger log = LoggerFactory.getLogger(DemoPlans.class);
    static final String MALI_2018 = "National Action Plan to Combat Trafficking in Persons 2018–2022 (Mali)";
    static final String MALI_2023 = "National Action Plan to Combat Trafficking in Persons 2023–2027 (Mali)";
    private static final String SEED_MALI = "IOM press release \"Mali Launches a National Action Plan to Combat "
            + "Trafficking in Persons 2023-2027 with the Support of IOM and UNODC\" (Bamako, October 2023)";
    private static final String SEED_TOOLKIT = "UNODC Toolkit to Combat Trafficking in Persons, tool 2.10 "
            + "\"Interregional action plans and strategies\"";
    private static final String SEED_OUAGA = SEED_TOOLKIT + "; IOM press release \"IOM, AU, ECOWAS and UNODC Joint "
            + "Launch of Ouagadougou Action Plan to Combat Human Trafficking\"";

    private final Plans plans;
    private final Indicators indicators;
    private final Directory directory;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final StrategicAreas strategicAreas;
    private final Activities activities;
    private final CurrentUser loader = new CurrentUser(0, "demo-loader", "Demo loader", null, null, "en",
            Set.of(RoleGrant.of(Role.ADMINISTRATOR)), true, false, false, null);

    DemoPlans(Plans plans, Indicators indicators, Directory directory, JdbcClient jdbc,
            TransactionTemplate transactions, StrategicAreas strategicAreas, Activities activities) {
        this.plans = plans;
        this.indicators = indicators;
        this.directory = directory;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.strategicAreas = strategicAreas;
        this.activities = activities;
    }

    @Override
    public DemoPart part() {
        return DemoPart.PLANS;
    }

    @Override
    public void load() {
        List<String> loaded = new ArrayList<>();
        transactions.executeWithoutResult(status -> {
            Map<String, Long> orgs = new java.util.HashMap<>();
            for (Organisation o : directory.organisations()) {
                if (o.acronym() != null) {
                    orgs.put(o.acronym(), o.id().value());
                }
            }
            Long mali2018 = existing(MALI_2018);
            if (mali2018 == null) {
                mali2018 = mali2018();
                loaded.add(MALI_2018);
            }
            if (existing(MALI_2023) == null) {
                mali2023(mali2018, orgs);
                loaded.add(MALI_2023);
            }
            ecowasPlans(loaded);
            interregionalPlans(orgs, loaded);
        });
        if (!loaded.isEmpty()) {
            log.info("Demo plans loaded: {}", loaded.size());
        }
    }

    private Long existing(String title) {
        return jdbc.sql("select min(id) from action_plan where title = ?").param(title).query(Long.class).optional()
                .orElse(null);
    }

    private long mali2018() {
        return plans.create(new PlanDraft(MALI_2018, PlanScope.NATIONAL, PlanStatus.EXPIRED,
                LocalDate.of(2018, 1, 1), LocalDate.of(2022, 12, 31), null, null, null, null, null, null, null,
                null, "Mali's previous five-year action plan, which expired in 2022. With IOM's support, a series of "
                        + "consultations and workshops involving all stakeholders assessed its implementation before "
                        + "the 2023–2027 plan was drafted.",
                SEED_MALI, List.of("ML"), List.of(), List.of(), List.of()), loader).id();
    }

    private void mali2023(long previous, Map<String, Long> orgs) {
        List<Partner> partners = List.of(
                new Partner(PartnerKind.PARTNER, orgs.get("IOM"), null, null,
                        "Supported the drafting (consultations and workshops), under the COMPASS initiative "
                                + "(Cooperation on Migration and Partnerships for Sustainable Solutions)"),
                new Partner(PartnerKind.PARTNER, orgs.get("UNODC"), null, null,
                        "Supported the drafting, as a component of the PROMIS project; emphasis on the criminal "
                                + "justice response"),
                new Partner(PartnerKind.FUNDER, orgs.get("NL-MFA"), null, null,
                        "The Kingdom of the Netherlands funds COMPASS and PROMIS"),
                new Partner(PartnerKind.FUNDER, orgs.get("EU"), null, null,
                        "Supports the Migrant Protection, Return and Reintegration Programme for Sub-Saharan Africa "
                                + "(MPRR-SSA), which has planned activities contributing to the plan"));
        Plan plan = plans.create(new PlanDraft(MALI_2023, PlanScope.NATIONAL, PlanStatus.IN_FORCE,
                LocalDate.of(2023, 1, 1), LocalDate.of(2027, 12, 31), null, null, null, LocalDate.of(2023, 10, 19),
                "Bamako", previous, orgs.get("CNCLTP/PA"), null,
                "Drafted by a sub-committee set up by the Malian authorities, with the National Coordinating "
                        + "Committee (CNCLTP/PA) and civil society, with the support of IOM and UNODC. Built on the "
                        + "four priority areas approved at international level: prevention, protection, prosecution "
                        + "and partnerships. Launched on 19 October 2023 in Bamako at a ceremony chaired by the "
                        + "Minister of Justice and Human Rights. In line with objective 10 of the Global Compact for "
                        + "Migration and SDG targets 10.7 and 16.2. The indicators, targets and values shown here "
                        + "are demo data, not taken from the plan.",
                SEED_MALI, List.of("ML"), List.of(), partners, List.of()), loader);
        PlanId id = plan.planId();
        // the four areas and the work streams the minister and the partners named at the launch
        long prevention = strategicAreas.addArea(id, "Prevention", Pillar.PREVENTION, null, loader);
        long protection = strategicAreas.addArea(id, "Protection", Pillar.PROTECTION, null, loader);
        long prosecution = strategicAreas.addArea(id, "Prosecution", Pillar.PROSECUTION, null, loader);
        long partnership = strategicAreas.addArea(id, "Partnerships", Pillar.PARTNERSHIP, null, loader);
        strategicAreas.addObjective(prevention, "Prevention, particularly through awareness-raising and communication",
                loader);
        strategicAreas.addObjective(protection, "Care for victims", loader);
        strategicAreas.addObjective(prosecution,
                "Criminal justice response against impunity: investigation and prosecution mechanisms, and "
                        + "victims' access to justice", loader);
        long stakeholders = strategicAreas.addObjective(partnership, "Partnerships between stakeholders", loader);
        strategicAreas.addObjective(partnership, "Statistical data production", loader);
        activities.add(stakeholders, new ActivityDraft(
                "Planned activities of the Migrant Protection, Return and Reintegration Programme for Sub-Saharan "
                        + "Africa (MPRR-SSA) contributing to the plan", null, "MPRR-SSA", List.of(), null, null,
                null, null, null, ActivityStatus.NOT_STARTED, null, null, null, null, orgs.get("EU"), null),
                loader);

        // demo indicators (synthetic values, marked as such)
        Indicator identified = indicators.create(id, new IndicatorDraft(protection, null, "PRO-1",
                "Victims of trafficking in persons identified", Measure.NUMBER, Direction.HIGHER_IS_BETTER,
                "persons", null, null, null, List.of(Disaggregation.SEX), IndicatorSource.MANUAL, null,
                List.of("SDG 16.2.2", "GCM objective 10")), loader);
        Indicator prosecuted = indicators.create(id, new IndicatorDraft(prosecution, null, "PRS-1",
                "Persons prosecuted for trafficking in persons", Measure.NUMBER, Direction.HIGHER_IS_BETTER,
                "persons", null, null, null, List.of(Disaggregation.SEX), IndicatorSource.MANUAL, null,
                List.of("UNODC GLOTIP")), loader);
        Indicator reached = indicators.create(id, new IndicatorDraft(prevention, null, "PRV-1",
                "Share of planned awareness-raising sessions held", Measure.PERCENT, Direction.HIGHER_IS_BETTER,
                null, null, null, null, List.of(), IndicatorSource.MANUAL, null, List.of()), loader);
        Indicator met = indicators.create(id, new IndicatorDraft(partnership, null, "PAR-1",
                "The national coordinating committee met during the period", Measure.YES_NO,
                Direction.HIGHER_IS_BETTER, null, null, null, null, List.of(), IndicatorSource.MANUAL, null,
                List.of()), loader);
        for (String year : List.of("2024", "2025")) {
            indicators.setTarget(identified.id(), year, new BigDecimal("40"), null, loader);
            indicators.setTarget(prosecuted.id(), year, new BigDecimal("8"), null, loader);
            indicators.setTarget(reached.id(), year, new BigDecimal("80"), null, loader);
            indicators.setTarget(met.id(), year, BigDecimal.ONE, null, loader);
        }
        int[][] victims = { { 6, 4 }, { 7, 5 }, { 5, 6 }, { 8, 4 } };
        int[][] persons = { { 1, 0 }, { 2, 1 }, { 0, 1 }, { 2, 0 } };
        for (int q = 1; q <= 4; q++) {
            String period = "2024Q" + q;
            int[] v = victims[q - 1];
            int[] p = persons[q - 1];
            synthetic(identified, period, BigDecimal.valueOf(v[0] + v[1]), null, null, null,
                    List.of(new ValuePart(Disaggregation.SEX, "FEMALE", BigDecimal.valueOf(v[0])),
                            new ValuePart(Disaggregation.SEX, "MALE", BigDecimal.valueOf(v[1]))));
            synthetic(prosecuted, period, BigDecimal.valueOf(p[0] + p[1]), null, null, null,
                    List.of(new ValuePart(Disaggregation.SEX, "MALE", BigDecimal.valueOf(p[0])),
                            new ValuePart(Disaggregation.SEX, "FEMALE", BigDecimal.valueOf(p[1]))));
            synthetic(reached, period, null, BigDecimal.valueOf(10 + q), BigDecimal.valueOf(15), null, List.of());
            synthetic(met, period, null, null, null, q != 3, List.of());
        }
    }

    private void synthetic(Indicator indicator, String period, BigDecimal value, BigDecimal numerator,
            BigDecimal denominator, Boolean yes, List<ValuePart> parts) {
        indicators.enterSynthetic(indicator.id(), new ValueEntry(period, value, numerator, denominator, yes, null,
                null, "Synthetic demo value", parts, null), loader);
    }

    private void ecowasPlans(List<String> loaded) {
        String initial = "ECOWAS Initial Plan of Action against Trafficking in Persons (2002–2003)";
        if (existing(initial) == null) {
            plans.create(new PlanDraft(initial, PlanScope.REGIONAL, PlanStatus.EXPIRED, LocalDate.of(2002, 1, 1),
                    LocalDate.of(2003, 12, 31), null, null, null, null, null, null, null, null,
                    "Outlined the most urgent actions against trafficking in persons to be taken by ECOWAS member "
                            + "States, with a focus on criminal justice responses.",
                    SEED_TOOLKIT, List.of(), List.of("ECOWAS"), List.of(), List.of(
                            new PlanDocument("ECOWAS Initial Plan of Action (2002–2003)",
                                    "http://www.iss.co.za/AF/RegOrg/unity_to_union/pdfs/ecowas/10POAHuTraf.pdf"),
                            new PlanDocument("UNODC training manual on the implementation of the Initial Plan",
                                    "http://www.unodc.org/pdf/ecowas_training_manual_2006.pdf"))), loader);
            loaded.add(initial);
        }
        String joint = "ECOWAS/ECCAS Joint Plan of Action against Trafficking in Persons, Especially Women and "
                + "Children (2006–2008)";
        if (existing(joint) == null) {
            PlanId id = plans.create(new PlanDraft(joint, PlanScope.BI_REGIONAL, PlanStatus.EXPIRED,
                    LocalDate.of(2006, 1, 1), LocalDate.of(2008, 12, 31), LocalDate.of(2006, 7, 1),
                    DatePrecision.MONTH, null, null, null, null, null, null,
                    "Adopted in July 2006 by the member States of ECOWAS and ECCAS, together with a declaration and "
                            + "a multilateral cooperation agreement. Reaffirms the ECOWAS Initial Plan of Action "
                            + "(2002–2003) and extends the effort to Central Africa; emphasises the protection of "
                            + "women and children, the legal framework and policy development, and the ratification "
                            + "and domestic implementation of international instruments.",
                    SEED_TOOLKIT, List.of(), List.of("ECCAS", "ECOWAS"), List.of(), List.of(new PlanDocument(
                            "Multilateral Cooperation Agreement to Combat Trafficking in Persons, Especially Women "
                                    + "and Children in West and Central Africa",
                            "http://www.ceeac-eccas.org/img/pdf/Multilateral_Agreement_Trafficking-1184251953.doc"))),
                    loader).planId();
            // the seven strategies, each tagged with the closest standard pillar
            strategicAreas.addArea(id, "Legal framework and policy development", Pillar.PROSECUTION, null, loader);
            strategicAreas.addArea(id, "Victim assistance and protection", Pillar.PROTECTION, null, loader);
            strategicAreas.addArea(id, "Prevention and awareness-raising", Pillar.PREVENTION, null, loader);
            strategicAreas.addArea(id, "Collection and analysis of information", Pillar.OTHER, null, loader);
            strategicAreas.addArea(id, "Training and specialized capacity-building", Pillar.PROSECUTION, null, loader);
            strategicAreas.addArea(id, "Travel and identity documents", Pillar.PREVENTION, null, loader);
            strategicAreas.addArea(id, "Monitoring and evaluation of implementation", Pillar.OTHER, null, loader);
            loaded.add(joint);
        }
    }

    private void interregionalPlans(Map<String, Long> orgs, List<String> loaded) {
        String ouaga = "Ouagadougou Action Plan to Combat Trafficking in Human Beings, Especially Women and Children";
        if (existing(ouaga) == null) {
            List<Partner> partners = new ArrayList<>();
            partners.add(new Partner(PartnerKind.PARTNER, orgs.get("IOM"), null, null,
                    "Special consultative role in assisting member States and regional economic communities"));
            partners.add(new Partner(PartnerKind.PARTNER, orgs.get("AUC"), null, null,
                    "Joint launch for AU member States (workshop in Abuja, 24–26 March)"));
            partners.add(new Partner(PartnerKind.PARTNER, orgs.get("ECOWAS"), null, null,
                    "Joint launch in the ECOWAS region"));
            partners.add(new Partner(PartnerKind.PARTNER, orgs.get("UNODC"), null, null, "Joint launch"));
            partners.add(new Partner(PartnerKind.FUNDER, orgs.get("BPRM"), null, null,
                    "Funds the \"Stop Trafficking Campaign – Operationalizing the Ouagadougou Action Plan\" project"));
            PlanId id = plans.create(new PlanDraft(ouaga, PlanScope.INTERREGIONAL, PlanStatus.ADOPTED, null, null,
                    LocalDate.of(2006, 11, 1), DatePrecision.MONTH, "Tripoli", null, null, null, null, null,
                    "Signed at the first Ministerial Conference on Migration and Development between the European "
                            + "Union and the African continent (Tripoli, November 2006). A cornerstone of the AU "
                            + "counter-trafficking campaign AU.Commit; calls on member States to harmonise proposed "
                            + "and existing anti-trafficking legislation.",
                    SEED_OUAGA, List.of(), List.of("AU", "EU"), partners.stream()
                            .filter(p -> p.organisationId() != null).toList(), List.of(new PlanDocument(
                                    "Ouagadougou Action Plan",
                                    "http://www.ec.europa.eu/justice_home/doc_centre/immigration/docs/OUAGADOUGOU.pdf"))),
                    loader).planId();
            strategicAreas.addArea(id, "Prevention and awareness-raising", Pillar.PREVENTION, null, loader);
            strategicAreas.addArea(id, "Victim protection and assistance", Pillar.PROTECTION, null, loader);
            strategicAreas.addArea(id, "Legislative framework, policy development and law enforcement", Pillar.PROSECUTION,
                    null, loader);
            strategicAreas.addArea(id, "Cooperation and coordination", Pillar.PARTNERSHIP, null, loader);
            loaded.add(ouaga);
        }
        String asem = "ASEM Action Plan to Combat against Trafficking in Persons, Especially Women and Children";
        if (existing(asem) == null) {
            PlanId id = plans.create(new PlanDraft(asem, PlanScope.INTERREGIONAL, PlanStatus.ADOPTED, null, null,
                    LocalDate.of(2001, 5, 1), DatePrecision.MONTH, "Beijing", null, null, null, null, null,
                    "A joint plan of action against trafficking in women and children, welcomed at the third "
                            + "Asia-Europe Meeting of Ministers for Foreign Affairs (Beijing, May 2001); the "
                            + "commitment has been restated at subsequent ministerial meetings.",
                    SEED_TOOLKIT, List.of(), List.of("ASEM"), List.of(), List.of()), loader).planId();
            strategicAreas.addArea(id, "Prevention", Pillar.PREVENTION, null, loader);
            strategicAreas.addArea(id, "Protection", Pillar.PROTECTION, null, loader);
            strategicAreas.addArea(id, "Law enforcement", Pillar.PROSECUTION, null, loader);
            strategicAreas.addArea(id, "Rehabilitation, return and reintegration of victims", Pillar.PROTECTION, null,
                    loader);
            loaded.add(asem);
        }
    }
}
