package org.sankofa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.sankofa.cases.CodeList;
import org.sankofa.cases.GuardianRelation;
import org.sankofa.directory.SpokenLanguage;
import org.sankofa.cases.assistance.ReferralShare;
import org.sankofa.cases.assistance.ReferralStatus;
import org.sankofa.cases.assistance.RiskFactor;
import org.sankofa.cases.assistance.RiskLevel;
import org.sankofa.cases.bestinterests.internal.BestInterestsDecision;
import org.sankofa.cases.bestinterests.internal.DecisionStatus;
import org.sankofa.cases.internal.consent.ConsentGiver;
import org.sankofa.cases.internal.consent.ConsentPurpose;
import org.sankofa.cases.journey.internal.reintegration.ReintegrationComponent;
import org.sankofa.cases.journey.internal.returns.ComponentStatus;
import org.sankofa.cases.journey.internal.returns.DocumentKind;
import org.sankofa.cases.journey.internal.tracing.TracingStatus;
import org.sankofa.cases.journey.internal.transfer.TransferStatus;
import org.sankofa.directory.Countries;
import org.sankofa.directory.ServiceType;
import org.sankofa.shared.Languages;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every code the demo world stores — read from the database column by column, so that a generator writing a value
 * outside its list is caught — belongs to its code list and has a label in English, French and Portuguese (a page
 * would otherwise show {@code ??key??} or the raw code).
 */
@SankofaTest
class DemoCodeLabelsTests {

    /** A column holding codes (arrays are unnested) and the message key of a stored value, or null when unknown. */
    private record CodeColumn(String table, String column, Function<String, String> key) {

        String sql() {
            return column.startsWith("unnest(")
                    ? "select distinct " + column + " from " + table
                    : "select distinct " + column + " from " + table + " where " + column + " is not null";
        }
    }

    private static final List<CodeColumn> COLUMNS = List.of(
            htcds("case_file", "status", CodeList.CASE_STATUS),
            htcds("case_file", "referral_source", CodeList.REFERRAL_SOURCE),
            htcds("case_file", "trafficking_status", CodeList.TRAFFICKING_STATUS),
            htcds("case_file", "status_decided_by", CodeList.TRAFFICKING_STATUS_DECISION_MAKER),
            htcds("case_file", "sex", CodeList.GENDER),
            htcds("case_file", "unnest(exploitation_types)", CodeList.TYPE_OF_EXPLOITATION),
            htcds("case_file", "closure_reason", CodeList.CLOSURE_REASON),
            htcds("case_closure_event", "reason", CodeList.CLOSURE_REASON),
            htcds("case_closure_request", "reason", CodeList.CLOSURE_REASON),
            htcds("case_profile", "recruitment_method", CodeList.METHOD_OF_RECRUITMENT),
            htcds("case_profile", "unnest(control_methods)", CodeList.METHODS_OF_CONTROL),
            htcds("case_profile", "forced_labour_industry", CodeList.FORCED_LABOUR_INDUSTRY),
            htcds("case_profile", "sex_exploitation_type", CodeList.TYPE_OF_SEX_EXPLOITATION),
            htcds("case_profile", "recruiter_relation", CodeList.RELATIONSHIP_TO_TRAFFICKER),
            new CodeColumn("case_file", "unnest(languages)",
                    v -> SpokenLanguage.known(v) ? "case.language." + v : null),
            constant("case_person", "guardian_relation", GuardianRelation.class, GuardianRelation::messageKey),
            new CodeColumn("case_route_leg", "role", v -> "case.route.role." + v),
            constant("case_consent", "purpose", ConsentPurpose.class, ConsentPurpose::messageKey),
            constant("case_consent", "given_by", ConsentGiver.class, ConsentGiver::messageKey),
            constant("case_referral", "service_type", ServiceType.class, ServiceType::messageKey),
            constant("case_service", "service_type", ServiceType.class, ServiceType::messageKey),
            constant("case_referral", "status", ReferralStatus.class, ReferralStatus::messageKey),
            constant("case_referral", "unnest(shares)", ReferralShare.class, ReferralShare::messageKey),
            constant("case_risk_assessment", "level", RiskLevel.class, RiskLevel::messageKey),
            constant("case_risk_assessment", "unnest(factors)", RiskFactor.class, RiskFactor::messageKey),
            constant("case_bi_determination", "decision", BestInterestsDecision.class,
                    BestInterestsDecision::messageKey),
            constant("case_bi_determination", "status", DecisionStatus.class, DecisionStatus::messageKey),
            constant("case_tracing_request", "status", TracingStatus.class, TracingStatus::messageKey),
            constant("case_transfer", "status", TransferStatus.class, TransferStatus::messageKey),
            constant("case_return_document", "kind", DocumentKind.class, DocumentKind::messageKey),
            constant("case_reintegration_component", "component", ReintegrationComponent.class,
                    ReintegrationComponent::messageKey),
            constant("case_reintegration_component", "status", ComponentStatus.class, ComponentStatus::messageKey),
            constant("event", "kind", org.sankofa.events.EventKind.class, org.sankofa.events.EventKind::messageKey),
            constant("event", "status", org.sankofa.events.EventStatus.class,
                    org.sankofa.events.EventStatus::messageKey),
            new CodeColumn("event", "unnest(languages)", v -> SpokenLanguage.known(v) ? "case.language." + v : null),
            constant("event_participant", "institution_type", org.sankofa.events.InstitutionType.class,
                    org.sankofa.events.InstitutionType::messageKey),
            constant("event_participant", "sex", org.sankofa.events.ParticipantSex.class,
                    org.sankofa.events.ParticipantSex::messageKey));

    /** Columns holding ISO 3166-1 country codes, named from the JDK in each language. */
    private static final List<String> COUNTRY_COLUMNS = List.of("case_file.identified_country",
            "case_file.citizenship", "case_profile.recruitment_country", "case_profile.exploitation_country",
            "case_route_leg.country", "case_return_plan.destination_country", "event.country_code",
            "event_participant.country_code");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    MessageSource messages;
    @Autowired
    Countries countries;

    @Test
    void everyStoredCodeBelongsToItsListAndHasALabelInEveryLanguage() {
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (CodeColumn column : COLUMNS) {
            List<String> stored = jdbc.sql(column.sql()).query(String.class).list();
            for (String value : stored) {
                String key = column.key().apply(value);
                if (key == null) {
                    missing.add(column.table() + "." + column.column() + " = " + value + ": not a code of its list");
                    continue;
                }
                for (Locale language : Languages.SUPPORTED) {
                    try {
                        String label = messages.getMessage(key, null, language);
                        assertThat(label).as(key).isNotBlank();
                        checked++;
                    } catch (NoSuchMessageException e) {
                        missing.add(column.table() + "." + column.column() + " = " + value + ": no " + key + " in "
                                + language);
                    }
                }
            }
        }
        assertThat(missing).as("codes without a label").isEmpty();
        assertThat(checked).as("labels checked").isGreaterThan(100 * Languages.SUPPORTED.size());
    }

    @Test
    void everyStoredCountryIsACountryWithANameInEveryLanguage() {
        List<String> stored = new ArrayList<>();
        for (String qualified : COUNTRY_COLUMNS) {
            String[] parts = qualified.split("\\.");
            stored.addAll(jdbc.sql("select distinct " + parts[1] + " from " + parts[0] + " where " + parts[1]
                    + " is not null").query(String.class).list());
        }
        assertThat(stored).isNotEmpty();
        for (String code : stored) {
            assertThat(countries.exists(code)).as(code).isTrue();
            for (Locale language : Languages.SUPPORTED) {
                assertThat(countries.name(code, language)).as(code + " in " + language).isNotEqualTo(code);
            }
        }
    }

    private static CodeColumn htcds(String table, String column, CodeList list) {
        return new CodeColumn(table, column, value -> list.codes().stream().filter(c -> c.value().equals(value))
                .findFirst().map(c -> c.messageKey()).orElse(null));
    }

    private static <E extends Enum<E>> CodeColumn constant(String table, String column, Class<E> type,
            Function<E, String> key) {
        return new CodeColumn(table, column, value -> Arrays.stream(type.getEnumConstants())
                .filter(c -> c.name().equals(value)).findFirst().map(key).orElse(null));
    }
}
