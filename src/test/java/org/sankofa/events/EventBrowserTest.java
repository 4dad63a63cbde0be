package org.sankofa.events;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.sankofa.identity.NewUser;
import org.sankofa.identity.Role;
import org.sankofa.identity.RoleGrant;
import org.sankofa.identity.UserAccounts;
import org.sankofa.support.Browser;
import org.sankofa.support.BrowserExtension;
import org.sankofa.support.SankofaTest;
import org.sankofa.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An organiser of the AU Commission who works in French creates a training for border officers, imports its sign-in
 * sheet, records a day of attendance and a participant's scores, and sees the figures on the event page — at 1366 and
 * 390 px, every page checked with axe. Screenshots under target/screenshots/EventBrowserTest/.
 */
@SankofaTest
@ExtendWith(BrowserExtension.class)
class EventBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts users;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void pointAtApplication(Browser browser) {
        browser.at(port);
    }

    @Test
    void anOrganiserCreatesATrainingImportsItsSheetAndRecordsAttendanceAndScores(Browser browser) throws Exception {
        long auc = jdbc.sql("select id from organisation where acronym = 'AUC'").query(Long.class).single();
        String username = SignIn.uniqueUsername("organisatrice");
        users.create(new NewUser(username, "Organisatrice UA", null, "sankofa-demo", auc, null, "fr",
                Set.of(RoleGrant.of(Role.EVENT_ORGANISER))));
        Path sheet = Files.createDirectories(Path.of("target", "event-browser")).resolve("presence.csv");
        Files.writeString(sheet, """
                Nom;Pays;Institution;Sexe;Contact
                Aïssata Diallo;DJ;Frontières et immigration;Femme;+253 77 00 00 01
                Moussa Keita;DJ;Police;Homme;
                Hodan Ali;SO;Frontières et immigration;Femme;
                """, StandardCharsets.UTF_8);
        String title = "Formation des gardes-frontières " + UUID.randomUUID().toString().substring(0, 6);

        browser.open("/login").signIn(username, "sankofa-demo");
        browser.open("/events/new");
        browser.step("nouvel evenement");
        browser.choose("kind", "TRAINING").type("title", title).value("startOn", "2024-05-06")
                .value("endOn", "2024-05-07").type("city", "Djibouti").choose("country", "DJ");
        browser.submit(browser.find(By.cssSelector("#event-form button[type=submit]")));
        browser.step("evenement cree");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo(title);
        assertThat(browser.find(By.id("event-kind")).getText()).isEqualTo("Formation");

        browser.find(By.id("participants-link")).click();
        browser.script("document.getElementById('import-sheet').open = true");
        browser.find(By.id("file")).sendKeys(sheet.toAbsolutePath().toString());
        browser.submit(browser.find(By.cssSelector("#import-form button[type=submit]")));
        browser.step("feuille importee");
        assertThat(browser.mainText()).contains("3 participants ajoutés");
        assertThat(browser.findAll(By.cssSelector("#participants tbody tr"))).hasSize(3);

        browser.script("document.getElementById('attendance').open = true");
        browser.choose("day", "2024-05-06");
        browser.findAll(By.cssSelector("#present input[type=checkbox]")).subList(0, 2).forEach(box -> box.click());
        browser.submit(browser.find(By.cssSelector("#attendance-form button[type=submit]")));
        browser.step("presence enregistree");
        assertThat(browser.mainText()).contains("Présence enregistrée.");

        String first = browser.find(By.cssSelector("#participants tbody tr")).getAttribute("id").substring(12);
        browser.type("pre-" + first, "40").type("post-" + first, "85");
        browser.submit(browser.find(By.cssSelector("#participant-" + first + " .score-form button")));
        browser.step("notes enregistrees");

        browser.viewport(390, 844);
        browser.step("participants a 390 px");
        assertThat(wide(browser)).as("participants page wider than the screen").isFalse();
        browser.open("/events/" + browser.path().replaceAll("\\D*(\\d+).*", "$1"));
        browser.step("evenement a 390 px");
        assertThat(wide(browser)).as("event page wider than the screen").isFalse();
        assertThat(browser.find(By.id("participant-count")).getText()).isEqualTo("3");
        assertThat(browser.find(By.id("attendance-per-day")).getText()).contains("2024-05-06").contains("2");
        assertThat(browser.find(By.id("score-figures")).getText()).contains("40").contains("85").contains("45");
        browser.viewport(1366, 900);
    }

    private static boolean wide(Browser browser) {
        long scrollWidth = ((Number) browser.script("return document.documentElement.scrollWidth")).longValue();
        long innerWidth = ((Number) browser.script("return window.innerWidth")).longValue();
        return scrollWidth > innerWidth;
    }
}
