package org.sankofa.cases.assistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sankofa.cases.CaseFixtures;
import org.sankofa.cases.CaseId;
import org.sankofa.cases.assistance.internal.Assessments;
import org.sankofa.cases.internal.protection.FieldCipher;
import org.sankofa.directory.Coordinates;
import org.sankofa.directory.Directory;
import org.sankofa.directory.NewOrganisation;
import org.sankofa.directory.NewPartnerService;
import org.sankofa.directory.OrganisationId;
import org.sankofa.directory.OrganisationType;
import org.sankofa.directory.PartnerService;
import org.sankofa.directory.PartnerServices;
import org.sankofa.directory.ServedGroup;
import org.sankofa.directory.ServiceAvailability;
import org.sankofa.directory.ServiceEditor;
import org.sankofa.directory.ServiceType;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.UserAccounts;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The referral form picks a service of the partner network that fits the case — of a type its needs call for, in the
 * place of its office (or the child's country), for children when the case is a child's — and the referral records
 * which service it went to; a service unknown, removed, or of another partner than the one chosen is a 422 with
 * nothing written.
 */
@SankofaTest
class ReferralToPartnerServiceTests {

    private static final ServiceEditor ADMIN = new ServiceEditor("admin", null, true);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FieldCipher cipher;
    @Autowired
    UserAccounts users;
    @Autowired
    Assessments assessments;
    @Autowired
    PartnerServices services;
    @Autowired
    Directory directory;

    private CurrentUser as(String username) {
        return users.findByUsername(username).orElseThrow();
    }

    private OrganisationId shelter() {
        return new OrganisationId(as("partner.dakar").organisationId());
    }

    private PartnerService offer(OrganisationId partner, ServiceType type, Set<ServedGroup> groups, String country,
            String city, String name) {
        return services.add(ADMIN, partner, new NewPartnerService(type, name, groups, country, city,
                new Coordinates(new BigDecimal("14.7"), new BigDecimal("-17.4")), 5, ServiceAvailability.AVAILABLE,
                List.of("fr"), null, null, null, null));
    }

    /** A child's case of IOM Dakar (a citizen of Guinea), with consent to share with partners, needing shelter and family contact. */
    private CaseId caseNeedingShelterAndFamily() {
        CaseId caseId = CaseFixtures.childCase(jdbc, cipher, "SN-DKR", "Binta", "Referred" + System.nanoTime());
        CaseFixtures.consent(jdbc, caseId, "PARTNER_SHARING");
        Map<Need, NeedLevel> levels = new java.util.EnumMap<>(Need.class);
        for (Need need : Need.values()) {
            levels.put(need, NeedLevel.NONE);
        }
        levels.put(Need.SHELTER, NeedLevel.HIGH);
        levels.put(Need.FAMILY_CONTACT, NeedLevel.MEDIUM);
        assessments.assessNeeds(as("caseworker.dakar"), caseId,
                new Assessments.NewNeedsAssessment(LocalDate.now(), levels, null));
        return caseId;
    }

    private String section(CaseId caseId, String place) throws Exception {
        return mvc.perform(get("/cases/{id}/referrals", caseId.value()).param("place", place)
                        .with(user(as("caseworker.dakar"))))
                .andReturn().getResponse().getContentAsString();
    }

    private static String radio(PartnerService service) {
        return "name=\"partnerService\" value=\"" + service.id().value() + "\"";
    }

    private long referrals(CaseId caseId) {
        return jdbc.sql("select count(*) from case_referral where case_id = ?").param(caseId.value())
                .query(Long.class).single();
    }

    @Test
    void theFormOffersTheServicesThatFitTheNeedsAndThePlaceOfTheCase() throws Exception {
        String tag = " " + System.nanoTime();
        PartnerService shelterForChildren = offer(shelter(), ServiceType.SHELTER, Set.of(ServedGroup.CHILDREN), "SN",
                "Dakar", "Fits" + tag);
        PartnerService tracingElsewhere = offer(shelter(), ServiceType.FAMILY_TRACING,
                Set.of(ServedGroup.CHILDREN, ServedGroup.WOMEN), "SN", "Kaolack", "Tracing" + tag);
        PartnerService notNeeded = offer(shelter(), ServiceType.MEDICAL, Set.of(ServedGroup.CHILDREN), "SN", "Dakar",
                "Medical" + tag);
        PartnerService notForChildren = offer(shelter(), ServiceType.SHELTER, Set.of(ServedGroup.WOMEN), "SN",
                "Dakar", "Women" + tag);
        PartnerService otherCountry = offer(shelter(), ServiceType.SHELTER, Set.of(ServedGroup.CHILDREN), "GN",
                "Conakry", "Conakry" + tag);
        CaseId caseId = caseNeedingShelterAndFamily();

        String near = section(caseId, "office");
        assertThat(near).contains(radio(shelterForChildren), radio(tracingElsewhere))
                .doesNotContain(radio(notNeeded), radio(notForChildren), radio(otherCountry));
        // the office's city first
        assertThat(near.indexOf(radio(shelterForChildren))).isLessThan(near.indexOf(radio(tracingElsewhere)));

        String home = section(caseId, "home");
        assertThat(home).contains(radio(otherCountry)).doesNotContain(radio(shelterForChildren));
    }

    private static String option(OrganisationId organisation) {
        return "<option value=\"" + organisation.value() + "\"";
    }

    @Test
    void theManualPartnerListOffersPartnerOrganisationsThoseOfTheCasesCountryFirst() throws Exception {
        String tag = " " + System.nanoTime();
        OrganisationId ngoHere = directory.create(new NewOrganisation("NGO Dakar" + tag, null, OrganisationType.NGO,
                "SN", null), "test").id();
        OrganisationId ngoGuinea = directory.create(new NewOrganisation("NGO Conakry" + tag, null,
                OrganisationType.NGO, "GN", null), "test").id();
        OrganisationId agencyWithService = directory.create(new NewOrganisation("Agency offering" + tag, null,
                OrganisationType.UN_AGENCY, null, null), "test").id();
        offer(agencyWithService, ServiceType.MEDICAL, Set.of(ServedGroup.WOMEN), "SN", "Thiès", null);
        OrganisationId donor = directory.create(new NewOrganisation("Donor" + tag, null, OrganisationType.DONOR,
                "SN", null), "test").id();
        OrganisationId ministry = directory.create(new NewOrganisation("Ministry" + tag, null,
                OrganisationType.GOVERNMENT, "SN", null), "test").id();
        CaseId caseId = caseNeedingShelterAndFamily();

        // an office in Senegal: Senegal's partners (based there, or offering a service there) first, then the others
        String near = section(caseId, "office");
        String here = near.substring(near.indexOf("id=\"referral-partners-here\""),
                near.indexOf("id=\"referral-partners-elsewhere\""));
        String elsewhere = near.substring(near.indexOf("id=\"referral-partners-elsewhere\""),
                near.indexOf("</select>", near.indexOf("id=\"referral-partners-elsewhere\"")));
        assertThat(here).contains(option(ngoHere), option(agencyWithService), option(shelter()), "Senegal")
                .doesNotContain(option(ngoGuinea));
        assertThat(elsewhere).contains(option(ngoGuinea)).doesNotContain(option(ngoHere));
        // not a partner: a donor or a ministry that offers no service
        assertThat(near).doesNotContain(option(donor), option(ministry));

        // the child's country (Guinea): its partners come first
        String home = section(caseId, "home");
        String homeFirst = home.substring(home.indexOf("id=\"referral-partners-here\""),
                home.indexOf("id=\"referral-partners-elsewhere\""));
        assertThat(homeFirst).contains(option(ngoGuinea), "Guinea").doesNotContain(option(ngoHere));
    }

    @Test
    void aReferralToAServiceRecordsItAndShowsIt() throws Exception {
        PartnerService chosen = offer(shelter(), ServiceType.SHELTER, Set.of(ServedGroup.CHILDREN), "SN", "Dakar",
                "Chosen shelter " + System.nanoTime());
        CaseId caseId = caseNeedingShelterAndFamily();

        MockHttpServletResponse sent = mvc.perform(post("/cases/{id}/referrals", caseId.value())
                        .param("partnerService", String.valueOf(chosen.id().value())).param("shares", "AGE_SEX")
                        .with(user(as("caseworker.dakar"))).with(csrf()))
                .andReturn().getResponse();
        assertThat(sent.getStatus()).isIn(200, 302, 303);
        record Stored(long partnerOrgId, String serviceType, Long partnerServiceId) {
        }
        Stored stored = jdbc.sql("select partner_org_id, service_type, partner_service_id from case_referral"
                + " where case_id = ?").param(caseId.value()).query(Stored.class).single();
        assertThat(stored).isEqualTo(new Stored(shelter().value(), "SHELTER", chosen.id().value()));
        assertThat(section(caseId, "office")).contains(chosen.name());
    }

    @Test
    void aServiceUnknownRemovedOrOfAnotherPartnerIsRefusedAndNothingIsWritten() throws Exception {
        OrganisationId otherPartner = directory.create(new NewOrganisation("Other partner " + System.nanoTime(),
                null, OrganisationType.NGO, "SN", null), "test").id();
        PartnerService othersService = offer(otherPartner, ServiceType.SHELTER, Set.of(ServedGroup.CHILDREN), "SN",
                "Dakar", null);
        PartnerService removed = offer(shelter(), ServiceType.SHELTER, Set.of(ServedGroup.CHILDREN), "SN", "Dakar",
                null);
        services.remove(ADMIN, removed.id(), removed.version());
        CaseId caseId = caseNeedingShelterAndFamily();

        for (Map<String, String> bad : List.of(
                Map.of("partnerService", String.valueOf(othersService.id().value()),
                        "partner", String.valueOf(shelter().value())),
                Map.of("partnerService", String.valueOf(othersService.id().value()), "serviceType", "MEDICAL"),
                Map.of("partnerService", "999999999"),
                Map.of("partnerService", String.valueOf(removed.id().value())),
                Map.of("partnerService", "not a number"))) {
            var request = post("/cases/{id}/referrals", caseId.value()).param("shares", "AGE_SEX")
                    .requestAttr("org.sankofa.web.UserLocaleResolver.locale", java.util.Locale.FRENCH)
                    .with(user(as("caseworker.dakar"))).with(csrf());
            bad.forEach(request::param);
            MockHttpServletResponse answer = mvc.perform(request).andReturn().getResponse();
            assertThat(answer.getStatus()).as(bad.toString()).isEqualTo(422);
            assertThat(answer.getContentAsString()).as(bad.toString()).contains("referral-partner-service-error");
        }
        assertThat(referrals(caseId)).isZero();
    }
}
