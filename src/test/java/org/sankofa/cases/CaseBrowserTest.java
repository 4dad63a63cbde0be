package org.sankofa.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sankofa.support.Browser;
import org.sankofa.support.BrowserExtension;
import org.sankofa.support.DemoUsers;
import org.sankofa.support.SankofaTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A Dakar case worker registers a child found begging through the form, finds the child by a variant spelling with
 * the htmx name search; a Conakry case worker searching for the child finds nothing. Screenshots of each step.
 */
@SankofaTest
@ExtendWith(BrowserExtension.class)
class CaseBrowserTest {

    @LocalServerPort
    int port;

    @BeforeEach
    void pointAtApplication(Browser browser) {
        browser.at(port);
    }

    @Test
    void aDakarCaseWorkerRegistersAChildAndFindsHerByAVariantSpellingAndConakryFindsNothing(Browser browser) {
        String family = "Dialo" + CaseTestSupport.uniqueName().toLowerCase();
        browser.open("/login").signIn("caseworker.dakar", DemoUsers.PASSWORD);
        browser.navigate(() -> browser.find(By.cssSelector("#main-nav a[data-nav=cases]")).click());
        browser.step("case list");
        browser.navigate(() -> browser.find(By.id("new-case")).click());
        browser.step("registration form");

        date(browser, "identifiedOn", LocalDate.now().minusDays(1));
        new Select(browser.find(By.id("identifiedCountry"))).selectByValue("SN");
        browser.find(By.id("identifiedCity")).sendKeys("Dakar");
        new Select(browser.find(By.id("referralSource"))).selectByValue("NgoOutreach");
        new Select(browser.find(By.id("traffickingStatus"))).selectByValue("PossibleVictimOfTrafficking");
        browser.find(By.id("givenNames")).sendKeys("Aminatou");
        browser.find(By.id("familyName")).sendKeys(family);
        new Select(browser.find(By.id("sex"))).selectByValue("Feminine");
        browser.find(By.id("estimatedAge")).sendKeys("10");
        new Select(browser.find(By.id("citizenship"))).selectByValue("GN");
        browser.find(By.cssSelector("input[name=exploitationTypes][value=ForcedBegging]")).click();
        new Select(browser.find(By.name("route[0].country"))).selectByValue("GN");
        new Select(browser.find(By.name("route[0].role"))).selectByValue("ORIGIN");
        new Select(browser.find(By.name("route[1].country"))).selectByValue("SN");
        new Select(browser.find(By.name("route[1].role"))).selectByValue("DESTINATION");
        browser.submit(browser.find(By.cssSelector("#case-form button[type=submit]")));
        browser.step("guardian missing");
        assertThat(browser.find(By.id("guardianName")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find(By.id("guardianName-error")).getText()).contains("Required for a child");

        browser.find(By.id("guardianName")).sendKeys("Mariama " + family);
        new Select(browser.find(By.id("guardianRelation"))).selectByValue("MOTHER");
        browser.submit(browser.find(By.cssSelector("#case-form button[type=submit]")));
        browser.step("case page");
        assertThat(browser.path()).matches("/cases/\\d+");
        assertThat(browser.find(By.id("person-name")).getText()).isEqualTo("Aminatou " + family);
        String number = browser.find(By.cssSelector("h1 span")).getText();
        assertThat(number).matches("SN-DKR-\\d{4}-\\d{5}");

        browser.open("/cases");
        browser.find(By.id("q")).sendKeys(family.replace("Dialo", "Diallo") + " Aminata");
        browser.find(By.cssSelector("#case-search button[type=submit]")).click();
        new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("results"), number));
        browser.step("found by a variant spelling");
        assertThat(browser.path()).isEqualTo("/cases");
        assertThat(browser.driver().getCurrentUrl()).doesNotContain("Aminat");
        browser.signOut();

        browser.open("/login").signIn("caseworker.conakry", DemoUsers.PASSWORD);
        browser.open("/cases");
        browser.find(By.id("q")).sendKeys("Aminata " + family);
        WebElement button = browser.find(By.cssSelector("#case-search button[type=submit]"));
        button.click();
        new WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("results"), "No case matches"));
        browser.step("conakry finds nothing");
        assertThat(browser.find(By.id("results")).getText()).doesNotContain(number);
    }

    private static void date(Browser browser, String id, LocalDate value) {
        browser.script("arguments[0].value = arguments[1];", browser.find(By.id(id)), value.toString());
    }
}
