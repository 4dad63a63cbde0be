package org.sankofa.plans;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.sankofa.support.Browser;
import org.sankofa.support.BrowserExtension;
import org.sankofa.support.DemoUsers;
import org.sankofa.support.SankofaTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evaluation that informs the next plan, as coordinator.mali meets it in Chromium: they open the (synthetic)
 * final evaluation of the plan 2018–2022, link its partnership recommendation to the Partnerships area of the plan
 * 2023–2027, see it on that plan's page "from the evaluation of" the previous plan, then compare the two Mali plans by
 * pillar, in English and in French. Screenshots under target/screenshots/PlanEvaluationBrowserTest/.
 */
@SankofaTest
@ExtendWith(BrowserExtension.class)
class PlanEvaluationBrowserTest {

    private static final String RECOMMENDATION = "agree with partners who reports on which activity";

    @LocalServerPort
    int port;

    @BeforeEach
    void pointAtApplication(Browser browser) {
        browser.at(port);
    }

    @Test
    void theCoordinatorLinksARecommendationToTheNextPlanSeesItThereAndComparesBothPlansByPillar(Browser browser) {
        // 1. From the plan list to the plan 2018–2022 and its evaluation.
        browser.open("/login").signIn("coordinator.mali", DemoUsers.PASSWORD);
        browser.navigate(() -> browser.find(By.cssSelector("#main-nav a[data-nav=plans]")).click());
        browser.navigate(() -> browser.find(By.partialLinkText("2018–2022 (Mali)")).click());
        browser.step("mali plan 2018-2022");
        String olderPath = browser.path().replaceAll("#.*$", "");
        WebElement evaluations = browser.find(By.id("plan-evaluations"));
        assertThat(evaluations.getText()).contains("Final evaluation", "Synthetic demo");
        browser.navigate(() -> evaluations.findElement(By.cssSelector("td a[href*='/evaluations/']")).click());
        browser.step("evaluation 2018-2022");
        assertThat(browser.find(By.id("synthetic-flag")).isDisplayed()).isTrue();
        assertThat(browser.find(By.id("evaluation-status")).getText()).isEqualTo("Final");
        assertThat(browser.findAll(By.id("recommendation-form"))).as("a final evaluation is locked").isEmpty();

        // 2. The partnership recommendation is linked to the Partnerships area of the plan 2023–2027.
        WebElement recommendation = browser.findAll(By.cssSelector("#recommendation-list li")).stream()
                .filter(li -> li.getText().contains(RECOMMENDATION)).findFirst().orElseThrow();
        String recommendationId = recommendation.getAttribute("id");
        Select target = new Select(recommendation.findElement(By.cssSelector("select[name=target]")));
        target.selectByVisibleText("4. Partnerships");
        browser.submit(recommendation.findElement(By.cssSelector(".link-form button[type=submit]")));
        browser.step("recommendation linked");
        assertThat(browser.find(By.cssSelector(".alert.ok")).getText()).contains("linked");
        assertThat(browser.find(By.id(recommendationId)).findElement(By.cssSelector(".linked-to")).getText())
                .contains("Partnerships");

        // 3. The plan 2023–2027 shows it, from the evaluation of the previous plan.
        browser.navigate(() -> browser.find(By.id("successor-link")).click());
        browser.script("document.getElementById('plan-evaluations').scrollIntoView();");
        browser.step("mali plan 2023-2027 with the recommendation");
        String newerPath = browser.path().replaceAll("#.*$", "");
        WebElement inherited = browser.find(By.id("inherited-recommendations"));
        assertThat(inherited.getText()).contains(RECOMMENDATION, "From the evaluation of",
                "2018–2022 (Mali)", "Partnerships");

        // 4. Both Mali plans compared by pillar, chosen with the checkboxes.
        browser.open("/plans");
        browser.navigate(() -> browser.find(By.id("compare-plans")).click());
        browser.step("comparison default");
        compareOnly(browser, olderPath, newerPath);
        browser.step("two mali plans compared");
        WebElement prevention = browser.find(By.id("comparison-prevention"));
        assertThat(prevention.findElements(By.cssSelector("thead th"))).hasSize(2);
        assertThat(prevention.getText()).contains("2018–2022 (Mali)", "2023–2027 (Mali)");
        assertThat(browser.find(By.id("comparison-partnership")).getText()).contains("Partnerships");
        assertThat(browser.find(By.id("synthetic-flag")).isDisplayed()).isTrue();

        // 5. The same comparison in French (the language switch comes back to the default choice: choose again).
        browser.navigate(() -> new Select(browser.find(By.id("lang"))).selectByValue("fr"));
        try {
            compareOnly(browser, olderPath, newerPath);
            browser.step("comparison in french");
            assertThat(browser.find(By.id("comparison-prevention")).findElements(By.cssSelector("thead th")))
                    .hasSize(2);
            assertThat(browser.language()).isEqualTo("fr");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Plans comparés par pilier");
            assertThat(browser.find(By.id("comparison-prevention")).getText()).contains("Axes stratégiques");
        } finally {
            // the choice of language is kept with the account: give coordinator.mali back their English
            browser.navigate(() -> new Select(browser.find(By.id("lang"))).selectByValue("en"));
        }
        browser.signOut();
    }

    /** Ticks only the two plans (by their page paths) on the comparison page, and compares them. */
    private static void compareOnly(Browser browser, String... planPaths) {
        for (WebElement box : browser.findAll(By.cssSelector("#comparison-form input[type=checkbox]"))) {
            if (box.isSelected()) {
                box.click();
            }
        }
        for (String path : planPaths) {
            browser.tick(By.id("compare-" + path.substring(path.lastIndexOf('/') + 1)));
        }
        browser.submit(browser.find(By.id("compare")));
    }
}
