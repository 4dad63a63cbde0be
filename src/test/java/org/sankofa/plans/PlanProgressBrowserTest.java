package org.sankofa.plans;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.UserAccounts;
import org.sankofa.support.Browser;
import org.sankofa.support.BrowserExtension;
import org.sankofa.support.DemoUsers;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A progress report as the people who make it meet it in Chromium: coordinator.mali enters quarterly values of the
 * Mali plan 2023–2027 and submits the report of 2025Q3; they may not approve it themselves (four eyes); a second
 * national coordinator of Mali approves it; the quarter is then locked (a change is refused) and the scorecard shows
 * it, in French too. Screenshots under target/screenshots/PlanProgressBrowserTest/.
 */
@SankofaTest
@ExtendWith(BrowserExtension.class)
class PlanProgressBrowserTest {

    private static final String INDICATOR = "Victims of trafficking in persons identified";

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts users;

    @BeforeEach
    void pointAtApplication(Browser browser) {
        browser.at(port);
    }

    @Test
    void quarterlyValuesAreReportedApprovedByAnotherCoordinatorAndThenLocked(Browser browser) {
        CurrentUser second = PlanTestSupport.newNationalCoordinator(users, "ML");

        // 1. coordinator.mali finds the plan from the navigation and opens the indicator.
        browser.open("/login").signIn("coordinator.mali", DemoUsers.PASSWORD);
        browser.navigate(() -> browser.find(By.cssSelector("#main-nav a[data-nav=plans]")).click());
        browser.step("plans");
        browser.navigate(() -> browser.find(By.partialLinkText("2023–2027 (Mali)")).click());
        browser.step("mali plan 2023-2027");
        assertThat(browser.find(By.id("plan-facts")).getText()).contains("Bamako");
        String planPath = browser.path();
        browser.navigate(() -> browser.find(By.linkText(INDICATOR)).click());
        browser.step("indicator");
        assertThat(browser.find(By.id("synthetic-flag")).isDisplayed()).isTrue();
        String indicatorPath = browser.path();

        // 2. Three quarters of 2025, each with its breakdown by sex; the last one submitted with the keyboard.
        enter(browser, "2025Q1", 9, 5, 4, false);
        enter(browser, "2025Q2", 11, 6, 5, false);
        enter(browser, "2025Q3", 12, 7, 5, true);
        List<String> periods = browser.findAll(By.cssSelector("#value-table tbody tr")).stream()
                .map(row -> row.getAttribute("data-period")).toList();
        assertThat(periods).contains("2025Q1", "2025Q2", "2025Q3");

        // a breakdown that does not add up is explained on the form
        browser.find(By.id("period")).sendKeys("2025Q4");
        browser.find(By.id("value")).sendKeys("10");
        browser.find(By.id("part-category-0")).sendKeys("FEMALE");
        browser.find(By.id("part-value-0")).sendKeys("3");
        browser.submit(browser.find(By.id("save-value")));
        browser.step("parts do not add up");
        assertThat(browser.find(By.id("parts-error")).getText()).contains("do not add up");

        // 3. The report of 2025Q3: a narrative, then submitted.
        browser.open(planPath.replaceAll("#.*$", "") + "/reports").step("reports");
        browser.find(By.id("report-period")).sendKeys("2025Q3");
        browser.submit(browser.find(By.cssSelector("#new-report button[type=submit]")));
        browser.step("report started");
        WebElement protection = browser.find(By.xpath("//label[normalize-space()='2. Protection']"));
        browser.find(By.id(protection.getAttribute("for"))).sendKeys(
                "Twelve victims identified in the quarter (synthetic demo figures).");
        browser.submit(browser.find(By.id("save-narratives")));
        browser.step("narratives saved");
        assertThat(browser.find(By.id("submit-form")).getAttribute("data-confirm")).isNotBlank();
        acceptConfirmations(browser);
        browser.submit(browser.find(By.cssSelector("#submit-form button")));
        browser.step("report submitted");
        assertThat(browser.find(By.id("report-status")).getText()).isEqualTo("Submitted");
        assertThat(browser.findAll(By.id("approve-form"))).as("the submitter cannot approve").isEmpty();
        assertThat(browser.find(By.id("four-eyes-hint")).isDisplayed()).isTrue();
        String reportPath = browser.path();
        browser.signOut();

        // 4. Another national coordinator of Mali approves it.
        browser.signIn(second.getUsername(), DemoUsers.PASSWORD);
        browser.open(reportPath).step("report to approve");
        acceptConfirmations(browser);
        browser.submit(browser.find(By.cssSelector("#approve-form button")));
        browser.step("report approved");
        assertThat(browser.find(By.id("report-status")).getText()).isEqualTo("Approved");
        assertThat(browser.find(By.id("locked-note")).getText()).contains("2025Q3");

        // 5. The quarter is locked: a change is refused, with the reason.
        browser.open(indicatorPath + "?period=2025Q3").step("locked value");
        WebElement row = browser.find(By.cssSelector("#value-table tr[data-period='2025Q3']"));
        assertThat(row.getText()).contains("Locked");
        WebElement value = browser.find(By.id("value"));
        value.clear();
        value.sendKeys("20");
        browser.submit(browser.find(By.id("save-value")));
        browser.step("change refused");
        assertThat(browser.find(By.id("value-alert")).getText()).contains("locked");

        // 6. The scorecard shows the locked period, in English and in French.
        browser.open(planPath.replaceAll("#.*$", "") + "/scorecard").step("scorecard");
        assertThat(browser.find(By.id("locked-periods")).getText()).contains("2025Q3");
        assertThat(browser.find(By.id("indicator-track")).getText()).contains("2025Q3");
        browser.navigate(() -> new Select(browser.find(By.id("lang"))).selectByValue("fr"));
        browser.step("scorecard in french");
        assertThat(browser.language()).isEqualTo("fr");
        assertThat(browser.find(By.tagName("h1")).getText()).startsWith("Tableau de bord");
        assertThat(browser.find(By.id("locked-periods")).getText()).contains("Périodes verrouillées", "2025Q3");
        browser.signOut();
    }

    /** Fills the value form of the indicator page and saves it (with the Enter key when asked). */
    private static void enter(Browser browser, String period, int total, int female, int male, boolean keyboard) {
        browser.find(By.id("period")).sendKeys(period);
        browser.find(By.id("value")).sendKeys(String.valueOf(total));
        new Select(browser.find(By.id("part-dimension-0"))).selectByValue("SEX");
        browser.find(By.id("part-category-0")).sendKeys("FEMALE");
        browser.find(By.id("part-value-0")).sendKeys(String.valueOf(female));
        browser.find(By.id("part-category-1")).sendKeys("MALE");
        browser.find(By.id("part-value-1")).sendKeys(String.valueOf(male));
        browser.find(By.id("evidence")).sendKeys("Demo register " + period);
        if (keyboard) {
            browser.navigate(() -> browser.find(By.id("evidence")).sendKeys(Keys.ENTER));
        } else {
            browser.submit(browser.find(By.id("save-value")));
        }
        browser.step("value " + period);
        assertThat(browser.find(By.cssSelector(".alert.ok")).getText()).isNotBlank();
    }

    /** The page asks before a step that cannot be undone; the person says yes. */
    private static void acceptConfirmations(Browser browser) {
        browser.script("window.confirm = function () { return true; };");
    }
}
