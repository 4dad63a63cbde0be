package org.sankofa.events;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.sankofa.identity.NewUser;
import org.sankofa.identity.Role;
import org.sankofa.identity.RoleGrant;
import org.sankofa.identity.UserAccounts;
import org.sankofa.plans.PlanActivities;
import org.sankofa.support.Browser;
import org.sankofa.support.BrowserExtension;
import org.sankofa.support.DemoUsers;
import org.sankofa.support.SankofaTest;
import org.sankofa.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13's journey: {@code organiser} creates a training for border officers that serves an activity of the Mali
 * plan 2023–2027, imports its sign-in sheet, records two days of attendance and the pre/post scores and marks it
 * held; {@code coordinator.mali} sees the plan's indicator "border and immigration officers serving Mali trained"
 * (CAP-C1, computed from the events) move, and a French-speaking coordinator of Mali sees it in French. Every page
 * checked with axe; screenshots under target/screenshots/EventIndicatorBrowserTest/.
 */
@SankofaTest
@ExtendWith(BrowserExtension.class)
class EventIndicatorBrowserTest {

    private static final String YEAR = "2024";

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlanActivities activities;

    @BeforeEach
    void pointAtApplication(Browser browser) {
        browser.at(port);
    }

    private static long value(Browser browser) {
        String text = browser.find(By.cssSelector("#value-table tr[data-period='" + YEAR + "'] td:nth-child(2)"))
                .getText().replaceAll("\\D", "");
        return Long.parseLong(text);
    }

    @Test
    void aTrainingHeldAndAttendedMovesTheMaliPlansIndicatorOfBorderOfficersTrained(Browser browser) throws Exception {
        long indicator = jdbc.sql("""
                select i.id from indicator i join action_plan p on p.id = i.plan_id
                where p.title like 'National Action Plan%2023–2027 (Mali)' and i.code = 'CAP-C1'""")
                .query(Long.class).single();
        PlanActivities.ActivityRef activity = activities.all().stream()
                .filter(a -> a.planTitle().contains("2023–2027 (Mali)")).findFirst().orElseThrow();
        Path sheet = Files.createDirectories(Path.of("target", "event-browser")).resolve("sign-in-mali.csv");
        Files.writeString(sheet, """
                Name,Country,Institution,Sex,Contact
                Aminata Traore-Test,ML,BORDER,F,
                Ibrahim Coulibaly-Test,ML,BORDER,M,
                Awa Sissoko-Test,ML,POLICE,F,
                """, StandardCharsets.UTF_8);
        String title = "Training of border officers, Kayes " + UUID.randomUUID().toString().substring(0, 6);

        // the coordinator reads the indicator before the training
        browser.open("/login").signIn("coordinator.mali", DemoUsers.PASSWORD);
        browser.open("/indicators/" + indicator + "?period=" + YEAR);
        browser.step("indicator before the training");
        long before = value(browser);
        browser.signOut();

        // the organiser creates the training, linked to the Mali plan's activity
        browser.signIn("organiser", DemoUsers.PASSWORD);
        browser.open("/events/new");
        browser.step("new event");
        browser.choose("kind", "TRAINING").type("title", title).value("startOn", YEAR + "-06-03")
                .value("endOn", YEAR + "-06-04").type("city", "Kayes").choose("country", "ML")
                .type("targetAudience", "Border and immigration officers of Mali")
                .choose("activities", String.valueOf(activity.id()));
        browser.submit(browser.find(By.cssSelector("#event-form button[type=submit]")));
        browser.step("training created");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo(title);
        assertThat(browser.find(By.id("activities")).getText()).contains(activity.title());
        String eventPath = browser.path();

        // the sign-in sheet
        browser.find(By.id("participants-link")).click();
        browser.script("document.getElementById('import-sheet').open = true");
        browser.find(By.id("file")).sendKeys(sheet.toAbsolutePath().toString());
        browser.submit(browser.find(By.cssSelector("#import-form button[type=submit]")));
        browser.step("sign-in sheet imported");
        assertThat(browser.findAll(By.cssSelector("#participants tbody tr"))).hasSize(3);

        // two days of attendance: all three on the first day, the two border officers on the second
        for (String[] day : List.of(new String[] {YEAR + "-06-03", "3"}, new String[] {YEAR + "-06-04", "2"})) {
            browser.script("document.getElementById('attendance').open = true");
            browser.choose("day", day[0]);
            List<WebElement> boxes = browser.findAll(By.cssSelector("#present input[type=checkbox]"));
            for (WebElement box : boxes) {
                String label = box.findElement(By.xpath("..")).getText();
                boolean present = day[1].equals("3") || !label.contains("Sissoko");
                if (box.isSelected() != present) {
                    box.click();
                }
            }
            browser.submit(browser.find(By.cssSelector("#attendance-form button[type=submit]")));
            browser.step("attendance " + day[0]);
            assertThat(browser.mainText()).contains("Attendance recorded");
        }

        // pre- and post-test scores
        int[][] scores = { {40, 80}, {55, 75}, {35, 70} };
        for (int i = 0; i < 3; i++) {
            String id = browser.findAll(By.cssSelector("#participants tbody tr")).get(i).getAttribute("id")
                    .substring("participant-".length());
            browser.type("pre-" + id, String.valueOf(scores[i][0])).type("post-" + id, String.valueOf(scores[i][1]));
            browser.submit(browser.find(By.cssSelector("#participant-" + id + " .score-form button")));
        }
        browser.step("scores recorded");

        // the certificates of attendance, the whole list as its link gives it with the organiser's session: a page
        // per participant who attended, naming them, the event and the days they attended
        browser.open(eventPath + "/participants");
        String certificates = browser.find(By.id("all-certificates")).getAttribute("href");
        String pdf = (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => {
                  let text = '';
                  new Uint8Array(b).forEach(x => text += String.fromCharCode(x));
                  done(btoa(text));
                });""", certificates);
        PdfReader reader = new PdfReader(Base64.getDecoder().decode(pdf));
        assertThat(reader.getNumberOfPages()).isEqualTo(3);
        PdfTextExtractor pages = new PdfTextExtractor(reader);
        List<String> texts = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            texts.add(pages.getTextFromPage(page));
        }
        assertThat(texts).allSatisfy(text -> assertThat(text).contains(title).contains("Kayes, Mali"))
                .anySatisfy(text -> assertThat(text).contains("Awa Sissoko-Test").contains("Attended 1 day of 2"))
                .anySatisfy(text -> assertThat(text).contains("Ibrahim Coulibaly-Test").contains("Attended 2 days of 2"));

        // held
        browser.open(eventPath);
        browser.script("document.getElementById('status-change').open = true");
        browser.choose("next-status", "HELD").value("status-on", YEAR + "-06-04");
        browser.submit(browser.find(By.cssSelector("#status-form button[type=submit]")));
        browser.step("training held");
        assertThat(browser.find(By.id("participant-count")).getText()).isEqualTo("3");
        assertThat(browser.find(By.id("score-figures")).getText()).contains("43.3").contains("75").contains("31.7");
        browser.signOut();

        // the coordinator sees the indicator move: two border officers trained, one woman, one man
        browser.signIn("coordinator.mali", DemoUsers.PASSWORD);
        browser.open("/indicators/" + indicator + "?period=" + YEAR);
        browser.step("indicator after the training");
        assertThat(value(browser)).isEqualTo(before + 2);
        assertThat(browser.find(By.id("computed-flag")).getText()).contains("events");
        assertThat(browser.mainText()).contains("Computed from event records").doesNotContain("Traore-Test");
        browser.open(eventPath);
        browser.step("training seen by the coordinator");
        assertThat(browser.mainText()).contains("3").doesNotContain("Traore-Test");
        browser.signOut();

        // in French
        String french = SignIn.uniqueUsername("coord-ml-fr");
        users.create(new NewUser(french, "Coordinatrice Mali", null, DemoUsers.PASSWORD, null, null, "fr",
                Set.of(new RoleGrant(Role.NATIONAL_COORDINATOR, "ML", null))));
        browser.signIn(french, DemoUsers.PASSWORD);
        browser.open("/indicators/" + indicator + "?period=" + YEAR);
        browser.step("indicateur apres la formation");
        assertThat(browser.language()).isEqualTo("fr");
        assertThat(value(browser)).isEqualTo(before + 2);
        assertThat(browser.mainText()).contains("Calculé à partir des événements").contains("Événements de : ML");
        browser.viewport(390, 844);
        browser.step("indicateur a 390 px");
        browser.viewport(1366, 900);
    }
}
