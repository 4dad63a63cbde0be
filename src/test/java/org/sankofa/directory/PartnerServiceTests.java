package org.sankofa.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.UserAccounts;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A partner's services: the rules of an entry (each broken rule a 422 in the reader's language, nothing written), who
 * may change them (a partner its own organisation's only, an administrator any, nobody else), confirming and
 * removing, and the audit of each change.
 */
@SankofaTest
class PartnerServiceTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Directory directory;
    @Autowired
    PartnerServices services;
    @Autowired
    UserAccounts users;

    private CurrentUser account(String username) {
        return users.findByUsername(username).orElseThrow();
    }

    private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        return request.with(user(account(username))).with(csrf());
    }

    private OrganisationId shelter() {
        return new OrganisationId(account("partner.dakar").organisationId());
    }

    private OrganisationId iom() {
        return directory.organisations().stream().filter(o -> "IOM".equals(o.acronym())).findFirst().orElseThrow()
                .id();
    }

    private static Map<String, String> form(String city) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("type", "SHELTER");
        form.put("name", "Night shelter " + city);
        form.put("country", "SN");
        form.put("city", city);
        form.put("latitude", "14.7");
        form.put("longitude", "-17.45");
        form.put("capacity", "12");
        form.put("availability", "AVAILABLE");
        form.put("languages", "fr,wo");
        form.put("contactName", "Demo Contact");
        form.put("contactPhone", "+221 33 000 00 00");
        form.put("contactEmail", "desk@example.org");
        form.put("hours", "24/7");
        return form;
    }

    private static MockHttpServletRequestBuilder with(MockHttpServletRequestBuilder request, Map<String, String> form,
            String... groups) {
        // the languages are ticked boxes of the spoken-languages list: one parameter each
        form.forEach((name, value) -> request.param(name, name.equals("languages") ? value.split(",") : new String[] {value}));
        request.param("servedGroups", groups);
        return request;
    }

    private NewPartnerService entry(String city) {
        return new NewPartnerService(ServiceType.MEDICAL, null, Set.of(ServedGroup.CHILDREN), "SN", city,
                new Coordinates(new BigDecimal("14.7"), new BigDecimal("-17.4")), null, ServiceAvailability.AVAILABLE,
                List.of("fr"), null, null, null, null);
    }

    private long servicesIn(String city) {
        return jdbc.sql("select count(*) from partner_service where city = ?").param(city).query(Long.class).single();
    }

    private static String city(String prefix) {
        return prefix + System.nanoTime();
    }

    @Test
    void aPartnerAddsAServiceToItsOwnOrganisationFromItsPage() throws Exception {
        String city = city("Rufisque");
        mvc.perform(with(as("partner.dakar", post("/directory/organisations/{id}/services", shelter().value())),
                        form(city), "CHILDREN", "WOMEN"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/directory/organisations/" + shelter().value() + "#services"));
        PartnerService added = services.services(shelter()).stream().filter(s -> s.city().equals(city)).findFirst()
                .orElseThrow();
        assertThat(added.servedGroups()).containsExactlyInAnyOrder(ServedGroup.CHILDREN, ServedGroup.WOMEN);
        assertThat(added.coordinates().latitude()).isEqualByComparingTo("14.7");
        assertThat(added.languages()).containsExactly("fr", "wo");
        // the form offers the case form's spoken languages as boxes to tick, named in the reader's language
        mvc.perform(as("partner.dakar", get("/directory/services/{id}/edit", added.id().value()))
                        .requestAttr("org.sankofa.web.UserLocaleResolver.locale", java.util.Locale.ENGLISH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"languages\" value=\"wo\" checked=\"checked\"")))
                .andExpect(content().string(containsString("name=\"languages\" value=\"bm\"")))
                .andExpect(content().string(containsString("Wolof")));
        assertThat(added.confirmedOn()).isEqualTo(LocalDate.now());
        assertThat(added.synthetic()).isFalse();
        mvc.perform(get("/directory/organisations/{id}", shelter().value()).with(user(account("partner.dakar"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(city)))
                .andExpect(content().string(containsString("id=\"new-service\"")));
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'PARTNER_SERVICE_ADDED' and target_id = ?"
                + " and actor = 'partner.dakar'").param(String.valueOf(added.id().value())).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void badEntriesAreRefusedWithAMessagePerFieldInTheReadersLanguageAndNothingIsWritten() throws Exception {
        String city = city("Mbour");
        Map<String, String> bad = form(city);
        bad.put("latitude", "91");
        bad.put("longitude", "");
        bad.put("capacity", "-3");
        bad.put("languages", "fr,french");
        bad.put("contactEmail", "not an address");
        mvc.perform(with(as("partner.dakar", post("/directory/organisations/{id}/services", shelter().value())), bad)
                        .requestAttr("org.sankofa.web.UserLocaleResolver.locale", java.util.Locale.FRENCH))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Cochez au moins une case")))
                .andExpect(content().string(containsString("La latitude est un nombre de -90 à 90")))
                .andExpect(content().string(containsString("La capacité est un nombre entier")))
                .andExpect(content().string(containsString("Choisissez les langues dans la liste.")))
                .andExpect(content().string(containsString("adresse électronique")));
        Map<String, String> unknownCountry = form(city);
        unknownCountry.put("country", "XX");
        mvc.perform(with(as("admin", post("/directory/organisations/{id}/services", shelter().value())),
                        unknownCountry, "MEN"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Choose a country from the list")));
        Map<String, String> unknownType = form(city);
        unknownType.put("type", "SPACESHIP");
        mvc.perform(with(as("admin", post("/directory/organisations/{id}/services", shelter().value())),
                        unknownType, "MEN"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Choose the type of service from the list.")));
        assertThat(servicesIn(city)).isZero();
    }

    @Test
    void aPointNeedsBothItsLatitudeAndItsLongitude() {
        NewPartnerService half = new NewPartnerService(ServiceType.SHELTER, null, Set.of(ServedGroup.MEN), "SN",
                "Dakar", new Coordinates(new BigDecimal("14.7"), null), null, ServiceAvailability.FULL, List.of(),
                null, null, null, null);
        ServiceEditor admin = new ServiceEditor("admin", null, true);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> services.add(admin, shelter(), half))
                .isInstanceOfSatisfying(org.sankofa.shared.InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("longitude", "partner.service.point.whole"));
    }

    @Test
    void aPartnerChangesOnlyItsOwnOrganisationsServicesAndOthersAreDenied() throws Exception {
        String city = city("Pikine");
        PartnerService iomService = services.add(new ServiceEditor("admin", null, true), iom(), entry(city));
        PartnerService own = services.add(new ServiceEditor("partner.dakar", shelter(), false), shelter(), entry(city));
        Map<String, String> change = form(city);
        change.put("version", String.valueOf(iomService.version()));

        // another organisation's: the forms, the change, confirming and removing are all refused
        mvc.perform(as("partner.dakar", get("/directory/organisations/{id}/services/new", iom().value())))
                .andExpect(status().isForbidden());
        mvc.perform(as("partner.dakar", get("/directory/services/{id}/edit", iomService.id().value())))
                .andExpect(status().isForbidden());
        mvc.perform(with(as("partner.dakar", post("/directory/services/{id}", iomService.id().value())), change,
                        "CHILDREN"))
                .andExpect(status().isForbidden());
        mvc.perform(as("partner.dakar", post("/directory/services/{id}/confirm", iomService.id().value()))
                        .param("version", "0"))
                .andExpect(status().isForbidden());
        mvc.perform(as("partner.dakar", post("/directory/services/{id}/remove", iomService.id().value()))
                        .param("version", "0"))
                .andExpect(status().isForbidden());
        // people of other roles change nobody's services
        for (String other : List.of("caseworker.dakar", "supervisor.dakar", "coordinator.mali", "observer")) {
            mvc.perform(with(as(other, post("/directory/services/{id}", own.id().value())), change, "CHILDREN"))
                    .andExpect(status().isForbidden());
        }
        // and the directory itself refuses, whatever the path
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> services.change(
                        new ServiceEditor("partner.dakar", shelter(), false), iomService.id(), 0, entry(city)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(services.service(iomService.id()).orElseThrow().version()).isZero();

        // its own: changed; the page does not offer to edit another organisation's
        Map<String, String> ownChange = form(city);
        ownChange.put("version", String.valueOf(own.version()));
        ownChange.put("availability", "FULL");
        mvc.perform(with(as("partner.dakar", post("/directory/services/{id}", own.id().value())), ownChange,
                        "CHILDREN"))
                .andExpect(status().is3xxRedirection());
        assertThat(services.service(own.id()).orElseThrow().availability()).isEqualTo(ServiceAvailability.FULL);
        mvc.perform(get("/directory/organisations/{id}", iom().value()).with(user(account("partner.dakar"))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"new-service\""))));
        // an administrator changes any organisation's
        Map<String, String> adminChange = form(city);
        adminChange.put("version", String.valueOf(iomService.version()));
        mvc.perform(with(as("admin", post("/directory/services/{id}", iomService.id().value())), adminChange,
                        "MEN"))
                .andExpect(status().is3xxRedirection());
        assertThat(services.service(iomService.id()).orElseThrow().servedGroups()).containsExactly(ServedGroup.MEN);
        assertThat(jdbc.sql("select details from audit_entry where action = 'PARTNER_SERVICE_CHANGED' and target_id = ?")
                .param(String.valueOf(iomService.id().value())).query(String.class).list())
                .singleElement().asString().contains("type", "servedGroups", "capacity");
    }

    @Test
    void aServiceIsConfirmedAsStillTrueTodayAndRemovedAfterAConfirmationPage() throws Exception {
        String city = city("Thiaroye");
        PartnerService own = services.addSynthetic(shelter(), entry(city), LocalDate.now().minusDays(100));
        mvc.perform(as("partner.dakar", post("/directory/services/{id}/confirm", own.id().value()))
                        .param("version", String.valueOf(own.version())))
                .andExpect(status().is3xxRedirection());
        PartnerService confirmed = services.service(own.id()).orElseThrow();
        assertThat(confirmed.confirmedOn()).isEqualTo(LocalDate.now());
        // a stale version is a conflict
        mvc.perform(as("partner.dakar", post("/directory/services/{id}/confirm", own.id().value()))
                        .param("version", String.valueOf(own.version())))
                .andExpect(status().isConflict());

        mvc.perform(as("partner.dakar", get("/directory/services/{id}/remove", own.id().value())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"remove-service\"")));
        mvc.perform(as("partner.dakar", post("/directory/services/{id}/remove", own.id().value()))
                        .param("version", String.valueOf(confirmed.version())))
                .andExpect(status().is3xxRedirection());
        assertThat(services.services(shelter())).noneMatch(s -> s.id().equals(own.id()));
        assertThat(services.service(own.id()).orElseThrow().removed()).isTrue();
        mvc.perform(as("partner.dakar", get("/directory/services/{id}/edit", own.id().value())))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select action from audit_entry where target_type = 'partner_service' and target_id = ?"
                        + " order by id").param(String.valueOf(own.id().value())).query(String.class).list())
                .containsExactly("PARTNER_SERVICE_ADDED", "PARTNER_SERVICE_CONFIRMED", "PARTNER_SERVICE_REMOVED");
    }
}
