package org.sankofa.cases.journey;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.sankofa.cases.CaseId;
import org.sankofa.cases.journey.internal.followup.OverdueAlerts;
import org.sankofa.support.Browser;
import org.sankofa.support.BrowserExtension;
import org.sankofa.support.DemoUsers;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The journey home, walked in Chromium by the people who do it, from Dakar to Conakry: a case worker in Dakar
 * registers a Guinean child found begging; assesses the child's best interests; the Dakar supervisor approves a
 * return to the family; IOM Conakry traces and assesses the family; the Dakar supervisor requests the transfer of
 * the case and the Conakry supervisor accepts it; Dakar records the departure and Conakry confirms the arrival; the
 * Conakry case worker plans reintegration (school, vocational training) and makes the follow-up visits, one of them
 * late and alerted; the Conakry supervisor approves the closure. A screenshot of every step is kept under
 * target/screenshots/CrossBorderJourneyBrowserTest/.
 */
@SankofaTest
@ExtendWith(BrowserExtension.class)
class CrossBorderJourneyBrowserTest {

    private static final String GIVEN_NAMES = "Mamadou Saliou";
    private static final String FAMILY_NAME = "Demo-Diallo";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OverdueAlerts alerts;

    @BeforeEach
    void pointAtApplication(Browser browser) {
        browser.at(port);
    }

    @Test
    void aGuineanChildFoundBeggingInDakarGoesHomeToHisFamilyInGuinea(Browser browser) {
        LocalDate today = LocalDate.now();
        String conakry = jdbc.sql("select id from office where code = 'GN-CKY'").query(String.class).single();

        // 1. Dakar: the case worker registers the child and records the guardian's consents with the child's assent.
        browser.open("/login").signIn("caseworker.dakar", DemoUsers.PASSWORD);
        browser.open("/cases/new").step("dakar registration form");
        browser.value("identifiedOn", today.minusDays(90).toString()).choose("identifiedCountry", "SN")
                .type("identifiedCity", "Dakar").choose("referralSource", "NgoOutreach")
                .choose("traffickingStatus", "PossibleVictimOfTrafficking").type("givenNames", GIVEN_NAMES)
                .type("familyName", FAMILY_NAME).choose("sex", "Masculine").type("estimatedAge", "10")
                .choose("citizenship", "GN").type("guardianName", "Koranic teacher (provisional)")
                .type("guardianContact", "+221 70 000 00 00");
        new Select(browser.find(By.id("guardianRelation"))).selectByIndex(1);
        browser.tick(By.cssSelector("input[name='exploitationTypes'][value='ForcedBegging']"));
        browser.submit(browser.find(By.cssSelector("#case-form button[type=submit]")));
        browser.step("dakar registered the child found begging");
        String casePath = browser.path();
        assertThat(casePath).matches("/cases/\\d+");
        CaseId caseId = CaseId.valueOf(casePath.substring("/cases/".length()));
        String caseNumber = jdbc.sql("select case_number from case_file where id = ?").param(caseId.value())
                .query(String.class).single();
        assertThat(caseNumber).startsWith("SN-DKR-");
        for (String purpose : new String[] {"ASSISTANCE", "CROSS_BORDER_SHARING"}) {
            browser.open(casePath + "/consents");
            browser.choose("consent-purpose", purpose).choose("consent-givenBy", "GUARDIAN")
                    .value("consent-givenOn", today.minusDays(89).toString()).tick(By.name("guardianConsent"))
                    .tick(By.name("childAssent"));
            browser.submit(browser.find(By.cssSelector("#consent-form button[type=submit]")));
            browser.step("dakar consent " + purpose.toLowerCase());
        }

        // 2. Dakar: the best-interests assessment, and a proposed return to the family.
        browser.open(casePath + "/best-interests");
        browser.value("bi-assessed-on", today.minusDays(80).toString()).type("bi-summary",
                "The child wishes to go home; an uncle in Labé is named; no protection risk known yet.");
        browser.submit(browser.find(By.cssSelector("#bi-assessment-form button[type=submit]")));
        browser.step("dakar best interests assessed");
        browser.choose("bi-decision", "RETURN_TO_FAMILY").type("bi-reasons",
                "Return to the family in Guinea, subject to tracing and a family assessment.");
        browser.submit(browser.find(By.cssSelector("#bi-determination-form button[type=submit]")));
        browser.step("dakar return determination requested");
        assertThat(browser.findAll(By.cssSelector(".decision-form")))
                .as("the case worker who asked cannot approve").isEmpty();
        browser.signOut();

        // 3. Dakar: the supervisor approves the determination.
        browser.signIn("supervisor.dakar", DemoUsers.PASSWORD);
        browser.open(casePath + "/best-interests").step("dakar supervisor sees the determination to decide");
        browser.find(By.cssSelector(".decision-form textarea")).sendKeys("Approved: family tracing to start.");
        browser.script("window.confirm = () => true;");
        browser.submit(browser.find(By.cssSelector(".decision-form button.primary")));
        browser.step("dakar supervisor approved the return");
        assertThat(status("case_bi_determination", caseId)).isEqualTo("APPROVED");
        browser.signOut();

        // 4. Dakar: the case worker adds the child's photo and asks IOM Conakry to trace the family (the photo
        //    goes with the request: cross-border sharing is consented).
        browser.signIn("caseworker.dakar", DemoUsers.PASSWORD);
        browser.open(casePath + "/attachments");
        browser.find(By.id("attachment-file")).sendKeys(photo().toString());
        browser.submit(browser.find(By.cssSelector("#attachment-form button[type=submit]")));
        browser.open(casePath + "/tracing");
        browser.choose("tracing-office", conakry).type("tracing-familyNames", FAMILY_NAME)
                .type("tracing-village", "Demo-Tountouroun").type("tracing-region", "Labé")
                .type("tracing-languages", "Pular");
        new Select(browser.find(By.id("tracing-photo"))).selectByIndex(1);
        browser.submit(browser.find(By.cssSelector("#tracing-form button[type=submit]")));
        browser.step("dakar tracing request to conakry");
        browser.signOut();

        // 5. Conakry: the case worker sees only the tracing request, finds the family and assesses it.
        browser.signIn("caseworker.conakry", DemoUsers.PASSWORD);
        browser.open("/tracing").step("conakry tracing requests");
        browser.navigate(() -> browser.find(By.linkText(caseNumber)).click());
        assertThat(browser.mainText()).contains("Demo-Tountouroun").doesNotContain(GIVEN_NAMES);
        assertThat((Boolean) browser.script("const img = document.querySelector('img.tracing-photo');"
                + " return img !== null && img.complete && img.naturalWidth > 0;")).as("the photo is shown").isTrue();
        browser.choose("tracing-outcome", "FAMILY_FOUND").type("tracing-assessment",
                "Uncle and grandmother in Demo-Tountouroun; the uncle farms and can pay school fees; safe to return.");
        browser.submit(browser.find(By.cssSelector("#outcome-form button[type=submit]")));
        browser.step("conakry family found and assessed");
        browser.open(casePath).step("conakry cannot open the case before the transfer");
        assertThat(browser.mainText()).doesNotContain(GIVEN_NAMES);
        browser.signOut();

        // 6. Dakar: the return plan, its documents and the checklist.
        browser.signIn("caseworker.dakar", DemoUsers.PASSWORD);
        browser.open(casePath + "/return");
        browser.type("return-country", "GN").value("return-travelDate", today.minusDays(41).toString())
                .type("return-route", "Dakar - Tambacounda - Labé by road").type("return-escort",
                        "IOM Dakar social worker").type("return-programme", "ECOWAS return and reintegration")
                .type("return-cost", "180000").type("return-currency", "XOF");
        browser.submit(browser.find(By.cssSelector("#return-form button[type=submit]")));
        browser.choose("document-kind", "LAISSEZ_PASSER").type("document-authority", "Embassy of Guinea, Dakar")
                .value("document-requestedOn", today.minusDays(60).toString());
        browser.submit(browser.find(By.cssSelector("#document-form button[type=submit]")));
        WebElement issue = browser.find(By.cssSelector("form[action*='/return/documents/'][action$='/issue']"));
        browser.value(issue.findElement(By.cssSelector("input[data-date=iso]")).getAttribute("id"),
                today.minusDays(50).toString());
        browser.submit(issue.findElement(By.tagName("button")));
        for (WebElement item : browser.findAll(By.cssSelector("#checklist-form input[name=done]"))) {
            if (!item.isSelected()) {
                item.click();
            }
        }
        browser.submit(browser.find(By.cssSelector("#checklist-form button[type=submit]")));
        browser.step("dakar return planned documents issued checklist complete");
        browser.signOut();

        // 7. Dakar: the supervisor requests the transfer of the case to IOM Conakry.
        browser.signIn("supervisor.dakar", DemoUsers.PASSWORD);
        browser.open(casePath + "/transfer");
        browser.choose("transfer-office", conakry).type("transfer-reason",
                "Family found and assessed in Labé; return approved in the child's best interests.");
        browser.script("window.confirm = () => true;");
        browser.submit(browser.find(By.cssSelector("#transfer-form button[type=submit]")));
        browser.step("dakar supervisor requested the transfer");
        browser.signOut();

        // 8. Conakry: the supervisor accepts it; the case now belongs to IOM Conakry.
        browser.signIn("supervisor.conakry", DemoUsers.PASSWORD);
        browser.open("/transfers").step("conakry supervisor incoming transfer");
        browser.script("window.confirm = () => true;");
        browser.submit(browser.find(By.cssSelector("form[action$='/approve'][action*='/transfers/'] button")));
        browser.step("conakry supervisor accepted the transfer");
        browser.open(casePath).step("the case belongs to conakry");
        assertThat(browser.mainText()).contains(GIVEN_NAMES);
        assertThat(browser.findAll(By.id("edit-case"))).hasSize(1);
        browser.signOut();

        // 9. Dakar: the case worker records the departure; the rest of the case is read only for Dakar.
        browser.signIn("caseworker.dakar", DemoUsers.PASSWORD);
        browser.open(casePath + "/return");
        assertThat(browser.findAll(By.id("return-form"))).isEmpty();
        browser.value("departure-date", today.minusDays(41).toString());
        browser.script("window.confirm = () => true;");
        browser.submit(browser.find(By.cssSelector("#departure-form button[type=submit]")));
        browser.step("dakar recorded the departure");
        assertThat(browser.find(By.id("awaiting-arrival")).getText()).contains("IOM Conakry");
        browser.signOut();

        // 10. Conakry: the case worker confirms the arrival from the returns to receive.
        browser.signIn("caseworker.conakry", DemoUsers.PASSWORD);
        browser.open("/tasks").step("conakry returns to receive");
        browser.navigate(() -> browser.find(By.cssSelector("#tasks-incoming a[href$='/cases/" + caseId
                + "/handover']")).click());
        browser.value("arrival-date", today.minusDays(40).toString()).type("arrival-place", "Labé bus station")
                .type("arrival-persons", "Uncle, grandmother, IOM Conakry case worker, Dakar escort");
        browser.script("window.confirm = () => true;");
        browser.submit(browser.find(By.cssSelector("#arrival-form button[type=submit]")));
        browser.step("conakry confirmed the arrival");
        assertThat(status("case_return_plan", caseId)).isEqualTo("ARRIVED");

        // 11. Conakry: the reintegration plan — back to school, and vocational training.
        browser.open(casePath + "/reintegration");
        for (String[] component : new String[][] {{"RETURN_TO_SCHOOL", "350000"}, {"VOCATIONAL_TRAINING", "900000"}}) {
            browser.choose("component-kind", component[0]);
            new Select(browser.find(By.id("component-provider")))
                    .selectByVisibleText("International Organization for Migration");
            browser.type("component-budget", component[1]).type("component-currency", "GNF");
            browser.submit(browser.find(By.cssSelector("#component-form button[type=submit]")));
        }
        browser.step("conakry reintegration plan school and vocational training");
        assertThat(browser.mainText()).contains("350,000.00 GNF").contains("900,000.00 GNF");

        // 12. The one-month visit is late: the scheduled check raises its alert, seen in Conakry's tasks.
        assertThat(alerts.raise()).isPositive();
        browser.open("/tasks").step("conakry my tasks with the overdue visit");
        assertThat(browser.find(By.id("tasks-overdue")).getText()).contains(caseNumber).contains("✔");
        browser.signOut();
        browser.signIn("supervisor.conakry", DemoUsers.PASSWORD);
        browser.open("/tasks/overdue").step("conakry supervisor sees what is overdue");
        assertThat(browser.find(By.id("overdue-visits")).getText()).contains(caseNumber).contains("alerted");
        browser.navigate(() -> new Select(browser.find(By.id("lang"))).selectByValue("fr"));
        browser.step("conakry supervisor overdue visits in french");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Visites de suivi en retard dans mon bureau");
        assertThat(browser.find(By.id("overdue-visits")).getText()).contains("alerte envoyée");
        browser.navigate(() -> new Select(browser.find(By.id("lang"))).selectByValue("en"));
        browser.signOut();

        // 13. Conakry: the case worker makes the late visit and records what was found.
        browser.signIn("caseworker.conakry", DemoUsers.PASSWORD);
        browser.open(casePath + "/follow-ups");
        WebElement visit = browser.find(By.cssSelector("#care-follow-ups form"));
        browser.value(visit.findElement(By.name("visitedOn")).getAttribute("id"), today.minusDays(2).toString());
        visit.findElement(By.name("findings")).sendKeys("Back at school in Labé since last month; lives with his uncle.");
        visit.findElement(By.name("economicScore")).sendKeys("3");
        visit.findElement(By.name("socialScore")).sendKeys("4");
        visit.findElement(By.name("psychosocialScore")).sendKeys("4");
        new Select(visit.findElement(By.name("riskLevel"))).selectByValue("LOW");
        browser.submit(visit.findElement(By.cssSelector("button[type=submit]")));
        browser.step("conakry recorded the one month visit");
        assertThat(jdbc.sql("select count(*) from case_follow_up_visit where case_id = ? and visited_on is not null")
                .param(caseId.value()).query(Long.class).single()).isEqualTo(1);

        // 14. Conakry: closure is requested with a reason (later visits are not due yet) and approved.
        browser.open(casePath + "/closure");
        browser.choose("closure-reason", "ReintegrationCompleted").type("closure-note",
                "Reintegrated with his family; the community child-protection committee follows him up.");
        browser.script("window.confirm = () => true;");
        browser.submit(browser.find(By.cssSelector("#close-form button[type=submit]")));
        browser.step("conakry closure requested");
        assertThat(jdbc.sql("select status from case_file where id = ?").param(caseId.value()).query(String.class).single())
                .as("a child's case closes only with a supervisor's approval").isNotEqualTo("Closed");
        browser.signOut();
        browser.signIn("supervisor.conakry", DemoUsers.PASSWORD);
        browser.open(casePath + "/closure");
        browser.script("window.confirm = () => true;");
        browser.submit(browser.find(By.cssSelector(".decision-form button.primary")));
        browser.step("conakry supervisor approved the closure");
        assertThat(jdbc.sql("select status from case_file where id = ?").param(caseId.value()).query(String.class).single())
                .isEqualTo("Closed");

        // 15. The timeline tells the whole journey, with who did what, in which office and country.
        browser.open(casePath + "/timeline").step("the timeline of the journey");
        String timeline = browser.find(By.cssSelector("ol.timeline")).getText();
        assertThat(timeline).contains("IOM Dakar (Senegal)").contains("IOM Conakry (Guinea)");
        assertThat(timeline).as("every step is named in words, not as a code").doesNotContainPattern("[A-Z]{2,}_[A-Z_]{2,}")
                .contains("Transfer accepted").contains("Arrival confirmed").contains("Follow-up visit recorded");
        for (String action : new String[] {"BI_DETERMINATION_APPROVED", "TRACING_OUTCOME_RECORDED",
                "TRANSFER_ACCEPTED", "RETURN_DEPARTED", "RETURN_ARRIVED", "FOLLOW_UP_RECORDED"}) {
            assertThat(browser.findAll(By.cssSelector("ol.timeline li[data-action='" + action + "']")))
                    .as(action).isNotEmpty();
        }
        browser.signOut();

        // 16. Dakar still reads the history up to the transfer, and nothing Conakry recorded since.
        browser.signIn("caseworker.dakar", DemoUsers.PASSWORD);
        browser.open(casePath + "/timeline").step("dakar reads the history up to the transfer");
        assertThat(browser.findAll(By.cssSelector("ol.timeline li[data-action='TRANSFER_ACCEPTED']"))).hasSize(1);
        assertThat(browser.findAll(By.cssSelector("ol.timeline li[data-action='FOLLOW_UP_RECORDED']"))).isEmpty();
        browser.open(casePath + "/reintegration").step("dakar does not see conakry's reintegration plan");
        assertThat(browser.mainText()).doesNotContain("900,000");
        browser.signOut();
    }

    /** A small drawn PNG standing for the child's photo (a face-like shape, no real person). */
    private static java.nio.file.Path photo() {
        try {
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(120, 160,
                    java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = image.createGraphics();
            g.setColor(new java.awt.Color(0xE8, 0xE0, 0xD0));
            g.fillRect(0, 0, 120, 160);
            g.setColor(new java.awt.Color(0x7A, 0x4A, 0x2A));
            g.fillOval(25, 30, 70, 90);
            g.dispose();
            java.nio.file.Path file = java.nio.file.Files.createTempFile("demo-photo", ".png");
            javax.imageio.ImageIO.write(image, "png", file.toFile());
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private String status(String table, CaseId caseId) {
        return jdbc.sql("select status from " + table + " where case_id = ?").param(caseId.value()).query(String.class)
                .single();
    }
}
