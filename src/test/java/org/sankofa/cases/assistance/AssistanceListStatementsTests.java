package org.sankofa.cases.assistance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sankofa.directory.ServiceType;

import org.junit.jupiter.api.Test;
import org.sankofa.cases.CaseFixtures;
import org.sankofa.cases.CaseId;
import org.sankofa.cases.assistance.internal.Assessments;
import org.sankofa.cases.assistance.internal.Referrals;
import org.sankofa.cases.assistance.internal.Services;
import org.sankofa.cases.internal.protection.FieldCipher;
import org.sankofa.database.SqlStatements;
import org.sankofa.directory.Directory;
import org.sankofa.directory.NewOrganisation;
import org.sankofa.directory.Organisation;
import org.sankofa.directory.OrganisationType;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.NewUser;
import org.sankofa.identity.Role;
import org.sankofa.identity.RoleGrant;
import org.sankofa.identity.UserAccounts;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The lists of assistance send as many statements with more rows as with fewer: the partner's referrals (with names,
 * needs and the audit of the names shown) and the assessments, services and referrals of a case.
 */
@SankofaTest
class AssistanceListStatementsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FieldCipher cipher;
    @Autowired
    UserAccounts users;
    @Autowired
    Directory directory;
    @Autowired
    Referrals referrals;
    @Autowired
    Assessments assessments;
    @Autowired
    Services services;

    @Test
    void thePartnersReferralsCostTheSameStatementsHoweverManyReferralsTheyShow() throws Exception {
        CurrentUser partner = newPartner();
        List<RequestBuilder> requests = List.of(get("/referrals").with(user(partner)),
                get("/api/v1/referrals").with(user(partner)));
        referToPartner(partner, 1);
        int[] before = SqlStatements.eachRequest(mvc, requests);
        assertThat(before).as("counted").doesNotContain(0);

        referToPartner(partner, 6);

        assertThat(SqlStatements.eachRequest(mvc, requests)).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from case_referral where partner_org_id = ?")
                .param(partner.organisationId()).query(Long.class).single()).isEqualTo(7);
    }

    @Test
    void theAssistanceSectionsOfACaseCostTheSameStatementsHoweverManyRecordsTheyHold() throws Exception {
        CaseId caseId = CaseFixtures.childCase(jdbc, cipher, "SN-DKR", "Mariama", "Listed" + System.nanoTime());
        consent(caseId);
        CurrentUser worker = as("caseworker.dakar");
        CurrentUser supervisor = as("supervisor.dakar");
        List<RequestBuilder> requests = List.of(get("/cases/" + caseId + "/assessments").with(user(worker)),
                get("/cases/" + caseId + "/services").with(user(worker)),
                get("/cases/" + caseId + "/referrals").with(user(worker)),
                get("/api/v1/cases/" + caseId + "/assessments/needs").with(user(worker)),
                get("/api/v1/cases/" + caseId + "/assessments/risk").with(user(worker)),
                get("/api/v1/cases/" + caseId + "/services").with(user(worker)),
                get("/api/v1/cases/" + caseId + "/referrals").with(user(worker)));
        record(caseId, worker);
        int[] before = SqlStatements.eachRequest(mvc, requests);

        record(caseId, supervisor);
        record(caseId, worker);
        record(caseId, supervisor);

        assertThat(SqlStatements.eachRequest(mvc, requests)).isEqualTo(before);
    }

    /** A needs and a risk assessment, a service and a referral, recorded by {@code who}. */
    private void record(CaseId caseId, CurrentUser who) {
        Map<Need, NeedLevel> levels = new EnumMap<>(Need.class);
        for (Need need : Need.values()) {
            levels.put(need, NeedLevel.MEDIUM);
        }
        assessments.assessNeeds(who, caseId, new Assessments.NewNeedsAssessment(LocalDate.now(), levels, "Notes"));
        assessments.assessRisk(who, caseId, new Assessments.NewRiskAssessment(LocalDate.now(), RiskLevel.LOW,
                EnumSet.of(RiskFactor.DEBT), null));
        long provider = as("partner.dakar").organisationId();
        services.record(who, caseId, new Services.NewService(ServiceType.MEDICAL, LocalDate.now(), provider,
                new BigDecimal("500"), "XOF"));
        referrals.send(who, caseId, new Referrals.NewReferral(provider, ServiceType.SHELTER,
                EnumSet.of(ReferralShare.AGE_SEX), null));
    }

    /** {@code count} cases referred to the partner's organisation, sharing names, contacts and needs. */
    private void referToPartner(CurrentUser partner, int count) {
        CurrentUser worker = as("caseworker.dakar");
        for (int i = 0; i < count; i++) {
            CaseId caseId = CaseFixtures.childCase(jdbc, cipher, "SN-DKR", "Sokhna", "Shared" + System.nanoTime());
            consent(caseId);
            Map<Need, NeedLevel> levels = new EnumMap<>(Need.class);
            for (Need need : Need.values()) {
                levels.put(need, NeedLevel.HIGH);
            }
            assessments.assessNeeds(worker, caseId, new Assessments.NewNeedsAssessment(LocalDate.now(), levels, null));
            referrals.send(worker, caseId, new Referrals.NewReferral(partner.organisationId(), ServiceType.SHELTER,
                    Set.of(ReferralShare.NAME, ReferralShare.CONTACT, ReferralShare.NEEDS, ReferralShare.AGE_SEX,
                            ReferralShare.PROFILE), "A bed for tonight"));
        }
    }

    /** A partner of an organisation of its own, so that the list holds only what this test sends. */
    private CurrentUser newPartner() {
        String suffix = Long.toString(System.nanoTime(), 36);
        Organisation shelter = directory.create(new NewOrganisation("Statement shelter " + suffix, "SS" + suffix,
                OrganisationType.NGO, "SN", null), "test");
        String username = "partner.statements." + suffix;
        users.create(new NewUser(username, "Statement Partner", null, "a-long-test-password-" + suffix,
                shelter.id().value(), null, "en", Set.of(RoleGrant.of(Role.PARTNER))));
        return as(username);
    }

    private void consent(CaseId caseId) {
        CaseFixtures.consent(jdbc, caseId, "PARTNER_SHARING");
    }

    private CurrentUser as(String username) {
        return users.findByUsername(username).orElseThrow();
    }
}
