package org.sankofa.cases.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sankofa.cases.internal.protection.FieldCipher;
import org.sankofa.cases.generator.CaseGenerator;
import org.sankofa.cases.generator.GenerateCasesCommand;
import org.sankofa.database.DemoMode;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo cases loaded at the first start in demo mode cover every stage of issue 3, and the generate option protects
 * real databases.
 */
@SankofaTest
class DemoCasesTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    FieldCipher cipher;

    @Autowired
    CaseGenerator generator;

    @Autowired
    ConfigurableApplicationContext context;

    /**
     * The demo cases: loaded first into the fresh test database, so the lowest ids (tests sharing the database add
     * cases and referrals of their own that need not follow the demo's choices).
     */
    private static final String DEMO_CASES = "select id from case_file order by id limit 300";

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    @Test
    void demoCasesHaveAReferralToThePartnerShelterInEveryStatusAndOnlyWithPartnerSharingConsent() {
        List<String> statuses = jdbc.sql("""
                select distinct r.status from case_referral r join organisation o on o.id = r.partner_org_id
                 where o.acronym = 'ABRI'""").query(String.class).list();
        assertThat(statuses).contains("SENT", "ACCEPTED", "DECLINED", "COMPLETED");
        assertThat(count("""
                select count(*) from case_referral r
                 where r.case_id in (%s)
                   and not exists (select 1 from case_consent k where k.case_id = r.case_id
                                    and k.purpose = 'PARTNER_SHARING' and k.withdrawn_on is null)""".formatted(DEMO_CASES))).isZero();
        String message = jdbc.sql("select message from case_referral where message is not null limit 1")
                .query(String.class).single();
        assertThat(cipher.decrypt(message, "case_referral.message")).isNotBlank();
    }

    @Test
    void demoConsentsForChildrenAreGivenByTheGuardianWithTheChildsAssent() {
        assertThat(count("select count(*) from case_consent k join case_file c on c.id = k.case_id where c.is_child"))
                .isPositive();
        assertThat(count("""
                select count(*) from case_consent k join case_file c on c.id = k.case_id
                 where c.id in (%s)
                   and c.is_child and (k.given_by <> 'GUARDIAN' or not k.guardian_consent or not k.child_assent)""".formatted(DEMO_CASES)))
                .isZero();
        assertThat(count("""
                select count(*) from case_file c where c.id in (%s)
                   and not exists (select 1 from case_consent k
                  where k.case_id = c.id and k.purpose = 'ASSISTANCE')""".formatted(DEMO_CASES))).isZero();
    }

    @Test
    void demoCasesIncludeAssessmentsWithReassessmentsServicesWithCostsNotesClosuresAndAReopening() {
        assertThat(count("select count(*) from (select case_id from case_needs_assessment group by case_id "
                + "having count(*) > 1) x")).isPositive();
        assertThat(count("select count(*) from (select case_id from case_risk_assessment group by case_id "
                + "having count(*) > 1) x")).isPositive();
        assertThat(count("select count(*) from case_service where cost > 0 and currency is not null")).isPositive();
        String note = jdbc.sql("select body from case_note limit 1").query(String.class).single();
        assertThat(note).startsWith("v1:");
        assertThat(cipher.decrypt(note, "case_note.body")).isNotBlank();
        assertThat(count("""
                select count(*) from case_file c where c.status in ('Closed', 'ClosedReferred')
                   and c.closure_reason is not null
                   and exists (select 1 from case_closure_event e where e.case_id = c.id and e.action = 'CLOSED'
                                  and e.reason = c.closure_reason)""")).isPositive();
        assertThat(count("""
                select count(*) from case_file c where c.status in ('Active', 'FollowUp') and c.closed_on is null
                   and exists (select 1 from case_closure_event e where e.case_id = c.id and e.action = 'REOPENED')
                   and exists (select 1 from case_closure_event e where e.case_id = c.id and e.action = 'CLOSED')"""))
                .isPositive();
    }

    @Test
    void theDakarCaseWorkerHasManyCasesIncludingAGuineanBoyFoundBeggingAndConakryHasCasesToo() {
        assertThat(count("""
                select count(*) from case_file c join office o on o.id = c.office_id
                  join app_user u on u.id = c.assigned_to
                 where o.code = 'SN-DKR' and u.username = 'caseworker.dakar'""")).isGreaterThan(50);
        assertThat(count("""
                select count(*) from case_file c join office o on o.id = c.office_id
                 where o.code = 'SN-DKR' and c.citizenship = 'GN' and c.sex = 'Masculine' and c.is_child
                   and 'ForcedBegging' = any (c.exploitation_types)""")).isPositive();
        for (String office : List.of("GN-CKY", "CI-ABJ", "NG-ABV", "ML-BKO")) {
            assertThat(count("select count(*) from case_file c join office o on o.id = c.office_id where o.code = ?",
                    office)).as(office).isPositive();
        }
    }

    @Test
    void theGenerateOptionRefusesToRunOutsideDemoModeWithoutForce() {
        long before = count("select count(*) from case_file");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GenerateCasesCommand command = new GenerateCasesCommand(generator, new DemoMode(false, false), context,
                new PrintStream(out, true, StandardCharsets.UTF_8));

        int status = command.execute(new DefaultApplicationArguments("--sankofa.generate-cases=5"));

        assertThat(status).isEqualTo(GenerateCasesCommand.REFUSED);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Refusing").contains("demo mode is off");
        assertThat(count("select count(*) from case_file")).isEqualTo(before);
    }

    @Test
    void theGenerateOptionRunsOutsideDemoModeWhenForcedAndRejectsANonNumber() {
        long before = count("select count(*) from case_file");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GenerateCasesCommand command = new GenerateCasesCommand(generator, new DemoMode(false, false), context,
                new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(command.execute(new DefaultApplicationArguments("--sankofa.generate-cases=lots"))).isEqualTo(
                GenerateCasesCommand.INVALID);
        assertThat(command.execute(new DefaultApplicationArguments("--sankofa.generate-cases=7",
                "--sankofa.generate-cases.force=true"))).isZero();

        assertThat(count("select count(*) from case_file")).isEqualTo(before + 7);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Generated 7 cases");
    }
}
