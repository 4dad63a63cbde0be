package org.sankofa.plans.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.sankofa.demo.DemoPart;
import org.sankofa.demo.DemoStep;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Role;
import org.sankofa.identity.RoleGrant;
import org.sankofa.plans.Direction;
import org.sankofa.plans.Disaggregation;
import org.sankofa.plans.IndicatorSource;
import org.sankofa.plans.IsoPeriod;
import org.sankofa.plans.Measure;
import org.sankofa.plans.PlanId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo indicators added to the demo plans after {@link DemoPlans} (DemoPart order), in demo mode only, each set once
 * (found by its code): computed indicators of the Mali plan 2023–2027 (protection pillar) and of the ECOWAS Initial
 * Plan, counted live from the demo cases; indicators of the Mali plan counted from the events (officers trained,
 * people reached); and the aggregate criminal-justice figures of the Mali plan (prosecution
 * pillar: offences, persons investigated, prosecuted, convicted, by sex and citizenship as UNODC's global report
 * asks), whose values are synthetic and stored as such.
 *
 * <p>"Mali" is read both ways, as two indicators: victims identified in Mali (the country's own caseload, the usual
 * meaning of a national figure) and Malian citizens identified anywhere (what a country of origin follows, e.g. for
 * returns home). See docs/decisions/0009-computed-indicators.md.
 */
@Component
class DemoComputedIndicators implements DemoStep {

    private static final Logger log = LoggerFactory.getLogger(DemoComputedIndicators.class);
    static final String ECOWAS_INITIAL = "ECOWAS Initial Plan of Action against Trafficking in Persons (2002–2003)";

    private final Indicators indicators;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final CurrentUser loader = new CurrentUser(0, "demo-loader", "Demo loader", null, null, "en",
            Set.of(RoleGrant.of(Role.ADMINISTRATOR)), true, false, false, null);

    DemoComputedIndicators(Indicators indicators, JdbcClient jdbc,
            TransactionTemplate transactions) {
        this.indicators = indicators;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public DemoPart part() {
        return DemoPart.COMPUTED_INDICATORS;
    }

    @Override
    public void load() {
        int added = transactions.execute(status -> {
            int n = 0;
            Long mali = plan(DemoPlans.MALI_2023);
            if (mali != null && !hasIndicator(mali, "PRO-C1")) {
                n += maliComputed(mali);
            }
            if (mali != null && !hasIndicator(mali, "PRS-2")) {
                n += criminalJustice(mali);
            }
            if (mali != null && !hasIndicator(mali, "CAP-C1")) {
                n += maliEvents(mali);
            }
            Long ecowas = plan(ECOWAS_INITIAL);
            if (ecowas != null && !hasIndicator(ecowas, "ECW-C1")) {
                n += ecowasComputed(ecowas);
            }
            return n;
        });
        if (added > 0) {
            log.info("Demo computed and criminal-justice indicators added: {}", added);
        }
    }

    private int maliComputed(long plan) {
        Long protection = area(plan, "PROTECTION");
        List<Disaggregation> all = List.of(Disaggregation.SEX, Disaggregation.AGE_GROUP,
                Disaggregation.FORM_OF_EXPLOITATION);
        computed(plan, protection, "PRO-C1", "Victims identified in Mali", ComputedMeasure.VICTIMS_IDENTIFIED, all,
                List.of("SDG 16.2.2"));
        computed(plan, protection, "PRO-C2", "Malian victims identified, in Mali or abroad",
                ComputedMeasure.VICTIMS_IDENTIFIED_CITIZENS, all, List.of("SDG 16.2.2"));
        computed(plan, protection, "PRO-C3", "Victims identified in Mali who received assistance",
                ComputedMeasure.VICTIMS_ASSISTED, List.of(Disaggregation.SEX, Disaggregation.AGE_GROUP), List.of());
        computed(plan, protection, "PRO-C4", "Malian victims returned home",
                ComputedMeasure.VICTIMS_RETURNED_CITIZENS, List.of(Disaggregation.SEX, Disaggregation.AGE_GROUP),
                List.of("GCM objective 21"));
        computed(plan, protection, "PRO-C5", "Victims identified in Mali returned to their country",
                ComputedMeasure.VICTIMS_RETURNED, List.of(Disaggregation.SEX, Disaggregation.AGE_GROUP), List.of());
        return 5;
    }

    /**
     * Indicators of the Mali plan counted from the events (the events module's feed): border and immigration officers
     * serving Mali who attended a training held, and people reached by awareness activities held in Mali.
     */
    private int maliEvents(long plan) {
        Long prevention = area(plan, "PREVENTION");
        computed(plan, prevention, "CAP-C1", "Border and immigration officers serving Mali trained",
                "events.people-trained.border", List.of(Disaggregation.SEX, Disaggregation.COUNTRY), List.of());
        computed(plan, prevention, "CAP-C2", "People reached by awareness activities in Mali",
                "events.awareness-reach", List.of(Disaggregation.COUNTRY), List.of());
        return 2;
    }

    private int ecowasComputed(long plan) {
        List<Disaggregation> byCountry = List.of(Disaggregation.SEX, Disaggregation.AGE_GROUP, Disaggregation.COUNTRY,
                Disaggregation.FORM_OF_EXPLOITATION);
        computed(plan, null, "ECW-C1", "Victims identified in ECOWAS member States",
                ComputedMeasure.VICTIMS_IDENTIFIED, byCountry, List.of("SDG 16.2.2"));
        computed(plan, null, "ECW-C2", "Victims identified in ECOWAS member States who received assistance",
                ComputedMeasure.VICTIMS_ASSISTED, List.of(Disaggregation.SEX, Disaggregation.COUNTRY), List.of());
        computed(plan, null, "ECW-C3", "Citizens of ECOWAS member States returned home",
                ComputedMeasure.VICTIMS_RETURNED_CITIZENS, List.of(Disaggregation.SEX, Disaggregation.COUNTRY),
                List.of());
        return 3;
    }

    /**
     * The prosecution pillar's aggregate figures: offences recorded, persons investigated, prosecuted (the demo
     * plan's PRS-1, which gains the citizenship breakdown) and convicted. An offence has no sex or citizenship, so
     * the offences are a total only. Values for the four quarters of 2024, synthetic.
     */
    private int criminalJustice(long plan) {
        Long prosecution = area(plan, "PROSECUTION");
        List<Disaggregation> persons = List.of(Disaggregation.SEX, Disaggregation.CITIZENSHIP);
        Indicator offences = manual(plan, prosecution, "PRS-2", "Offences of trafficking in persons recorded",
                "offences", List.of());
        Indicator investigated = manual(plan, prosecution, "PRS-3",
                "Persons investigated (suspected) for trafficking in persons", "persons", persons);
        Indicator convicted = manual(plan, prosecution, "PRS-4", "Persons convicted of trafficking in persons",
                "persons", persons);
        int[] offenceCounts = { 3, 5, 2, 4 };
        // male, female, national, foreign
        int[][] investigatedCounts = { { 3, 1, 3, 1 }, { 4, 2, 4, 2 }, { 2, 1, 2, 1 }, { 4, 1, 3, 2 } };
        int[][] convictedCounts = { { 0, 0, 0, 0 }, { 1, 0, 1, 0 }, { 0, 1, 0, 1 }, { 1, 0, 0, 1 } };
        for (int q = 1; q <= 4; q++) {
            String period = "2024Q" + q;
            if (indicators.locked(PlanId.of(plan), IsoPeriod.parse(period).orElseThrow())) {
                continue;
            }
            synthetic(offences, period, offenceCounts[q - 1], null);
            synthetic(investigated, period, 0, investigatedCounts[q - 1]);
            synthetic(convicted, period, 0, convictedCounts[q - 1]);
        }
        // PRS-1 (persons prosecuted, by sex) gains the citizenship breakdown; its demo values are split so
        Long prosecuted = jdbc.sql("select id from indicator where plan_id = ? and code = 'PRS-1'").param(plan)
                .query(Long.class).optional().orElse(null);
        if (prosecuted != null) {
            jdbc.sql("""
                    update indicator set disaggregations = array_append(disaggregations, 'CITIZENSHIP'),
                        version = version + 1
                    where id = ? and not ('CITIZENSHIP' = any(disaggregations))""").param(prosecuted).update();
            int[][] nationalForeign = { { 1, 0 }, { 2, 1 }, { 1, 0 }, { 1, 1 } };
            for (int q = 1; q <= 4; q++) {
                int[] split = nationalForeign[q - 1];
                jdbc.sql("""
                        insert into indicator_value_part (value_id, dimension, category, value)
                        select v.id, 'CITIZENSHIP', c.category, c.n from indicator_value v
                        cross join (values ('NATIONAL', ?::numeric), ('FOREIGN', ?::numeric)) as c (category, n)
                        where v.indicator_id = ? and v.period = ? and v.synthetic and v.value = ? + ?
                        on conflict do nothing""")
                        .params(split[0], split[1], prosecuted, "2024Q" + q, split[0], split[1]).update();
            }
        }
        return 3;
    }

    private void computed(long plan, Long area, String code, String definition, ComputedMeasure measure,
            List<Disaggregation> by, List<String> references) {
        computed(plan, area, code, definition, measure.key(), by, references);
    }

    private void computed(long plan, Long area, String code, String definition, String key, List<Disaggregation> by,
            List<String> references) {
        indicators.create(PlanId.of(plan), new IndicatorDraft(area, null, code, definition, Measure.NUMBER,
                Direction.HIGHER_IS_BETTER, "persons", null, null, null, by, IndicatorSource.COMPUTED, key,
                references), loader);
    }

    private Indicator manual(long plan, Long area, String code, String definition, String unit,
            List<Disaggregation> by) {
        return indicators.create(PlanId.of(plan), new IndicatorDraft(area, null, code, definition, Measure.NUMBER,
                Direction.HIGHER_IS_BETTER, unit, null, null, null, by, IndicatorSource.MANUAL, null,
                List.of("UNODC GLOTIP")), loader);
    }

    /** {@code parts}: male, female, national, foreign (their sums are the total); none for a total only. */
    private void synthetic(Indicator indicator, String period, int total, int[] parts) {
        List<ValuePart> valueParts = parts == null ? List.of() : List.of(
                part(Disaggregation.SEX, "MALE", parts[0]), part(Disaggregation.SEX, "FEMALE", parts[1]),
                part(Disaggregation.CITIZENSHIP, "NATIONAL", parts[2]),
                part(Disaggregation.CITIZENSHIP, "FOREIGN", parts[3]));
        int value = parts == null ? total : parts[0] + parts[1];
        indicators.enterSynthetic(indicator.id(), new ValueEntry(period, BigDecimal.valueOf(value), null, null, null,
                null, null, "Synthetic demo value", valueParts, null), loader);
    }

    private static ValuePart part(Disaggregation d, String category, int value) {
        return new ValuePart(d, category, BigDecimal.valueOf(value));
    }

    private Long plan(String title) {
        return jdbc.sql("select min(id) from action_plan where title = ?").param(title).query(Long.class).optional()
                .orElse(null);
    }

    private Long area(long plan, String pillar) {
        return jdbc.sql("select min(id) from strategic_area where plan_id = ? and pillar = ?").params(plan, pillar)
                .query(Long.class).optional().orElse(null);
    }

    private boolean hasIndicator(long plan, String code) {
        return jdbc.sql("select exists (select 1 from indicator where plan_id = ? and code = ?)").params(plan, code)
                .query(Boolean.class).single();
    }
}
