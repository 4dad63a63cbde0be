package org.sankofa.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.sankofa.events.internal.Event;
import org.sankofa.events.internal.EventDates;
import org.sankofa.events.internal.EventDraft;
import org.sankofa.events.internal.Events;
import org.sankofa.events.internal.ParticipantDraft;
import org.sankofa.events.internal.Participants;
import org.sankofa.events.internal.TestTopics;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.NewUser;
import org.sankofa.identity.Role;
import org.sankofa.identity.RoleGrant;
import org.sankofa.identity.UserAccounts;
import org.sankofa.shared.DatePrecision;
import org.sankofa.support.Browser;
import org.sankofa.support.BrowserExtension;
import org.sankofa.support.SankofaTest;
import org.sankofa.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an organiser who works in French takes out of an event — the links to the certificates and to the sign-in
 * sheet template, the tests page with its topics, and the calendar of the coming months — at 1366 and 390 px, every
 * page checked with axe. Screenshots under target/screenshots/EventOutputsBrowserTest/.
 */
@SankofaTest
@ExtendWith(BrowserExtension.class)
class EventOutputsBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Events events;
    @Autowired
    Participants participants;
    @Autowired
    TestTopics topics;

    @BeforeEach
    void pointAtApplication(Browser browser) {
        browser.at(port);
    }

    @Test
    void anOrganiserFindsTheCertificatesTheTemplateTheTestsAndTheCalendar(Browser browser) throws Exception {
        long auc = jdbc.sql("select id from organisation where acronym = 'AUC'").query(Long.class).single();
        String username = SignIn.uniqueUsername("organisatrice-sorties");
        users.create(new NewUser(username, "Organisatrice UA", null, "sankofa-demo", auc, null, "fr",
                Set.of(RoleGrant.of(Role.EVENT_ORGANISER))));
        CurrentUser organiser = users.findByUsername(username).orElseThrow();
        LocalDate start = LocalDate.of(2032, 3, 30);
        Event event = events.create(new EventDraft(EventKind.TRAINING, "Formation des gardes-frontières "
                + UUID.randomUUID().toString().substring(0, 6), new EventDates(start, start.plusDays(2),
                DatePrecision.DAY, true), "Djibouti", "DJ", null, List.of(), null, null, List.of(auc), List.of(),
                List.of(), List.of(), null), organiser);
        long amina = participants.add(event.eventId(), new ParticipantDraft("Aïssata Diallo", "Police nationale",
                "DJ", InstitutionType.BORDER, ParticipantSex.FEMALE, null), organiser);
        long omar = participants.add(event.eventId(), new ParticipantDraft("Omar Absent", null, "DJ",
                InstitutionType.POLICE, ParticipantSex.MALE, null), organiser);
        participants.recordDay(event.eventId(), start, List.of(amina), organiser);
        long law = topics.add(event.eventId(), "Cadre juridique", organiser);
        long identification = topics.add(event.eventId(), "Identification des victimes", organiser);
        topics.score(event.eventId(), amina, new java.math.BigDecimal("40"), new java.math.BigDecimal("80"), List.of(
                new TestTopics.TopicScore(law, new java.math.BigDecimal("30"), new java.math.BigDecimal("90")),
                new TestTopics.TopicScore(identification, new java.math.BigDecimal("50"), null)), organiser);

        browser.open("/login").signIn(username, "sankofa-demo");
        for (int width : new int[] { 1366, 390 }) {
            browser.viewport(width, width == 390 ? 844 : 900);
            browser.open("/events/" + event.id() + "/participants");
            browser.script("document.getElementById('import-sheet').open = true");
            browser.step("participants " + width);
            assertThat(wide(browser)).as("participants page at " + width).isFalse();
            assertThat(browser.find(By.id("certificate-" + amina)).getAttribute("href"))
                    .endsWith("/participants/" + amina + "/certificate.pdf");
            assertThat(browser.find(By.id("no-certificate-" + omar)).getText()).contains("pas d’attestation");
            assertThat(browser.find(By.id("template-xlsx")).getAttribute("href")).endsWith("/events/sign-in-sheet.xlsx");

            browser.open("/events/" + event.id() + "/tests");
            browser.step("tests " + width);
            assertThat(wide(browser)).as("tests page at " + width).isFalse();
            assertThat(browser.find(By.id("topic-figures")).getText()).contains("Cadre juridique", "60");

            browser.open("/events/calendar?from=2032-01");
            browser.step("calendrier " + width);
            assertThat(wide(browser)).as("calendar at " + width).isFalse();
            assertThat(browser.find(By.id("month-2032-03")).getText()).contains(event.title());
            assertThat(browser.find(By.id("month-2032-04")).getText()).contains(event.title());
        }
        browser.viewport(1366, 900);
        browser.open("/events/" + event.id() + "/tests");
        browser.type("post-" + amina + "-" + identification, "75");
        browser.submit(browser.find(By.cssSelector("#score-form-" + amina + " button")));
        browser.step("notes par theme enregistrees");
        assertThat(browser.mainText()).contains("Notes enregistrées");
        assertThat(browser.find(By.id("topic-figures")).getText()).contains("Identification des victimes", "25");
    }

    private static boolean wide(Browser browser) {
        long scrollWidth = ((Number) browser.script("return document.documentElement.scrollWidth")).longValue();
        long innerWidth = ((Number) browser.script("return window.innerWidth")).longValue();
        return scrollWidth > innerWidth;
    }
}
