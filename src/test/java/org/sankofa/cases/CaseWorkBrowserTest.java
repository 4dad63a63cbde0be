package org.sankofa.cases;

import java.time.LocalDate;

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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Victim assistance as the people who do it meet it in Chromium: a case worker in Dakar registers a child found
 * begging, records consent with the guardian, assesses needs and risk and refers the child to the partner shelter;
 * the partner signs in, sees only the referral and accepts it; a case worker in Conakry searches for the child and
 * finds nothing. A screenshot of every step is kept under target/screenshots/CaseWorkBrowserTest/.
 */
@SankofaTest
@ExtendWith(BrowserExtension.class)
class CaseWorkBrowserTest {

    private static final String GIVEN_NAMES = "Alpha Oumar";
    private static final String FAMILY_NAME = "Demo-Barry";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void pointAtApplication(Browser browser) {
        browser.at(port);
    }

    @Test
    void aChildFoundBeggingInDakarIsRegisteredAssessedAndReferredAndOnlyTheRightPeopleSeeHim(Browser browser) {
        String today = LocalDate.now().toString();

        // 1. The case worker in Dakar registers the child.
        browser.open("/login").signIn("caseworker.dakar", DemoUsers.PASSWORD);
        browser.open("/cases").step("case list of IOM Dakar");
        browser.navigate(() -> browser.find(By.id("new-case")).click());
        browser.step("registration form");
        browser.value("identifiedOn", LocalDate.now().minusDays(1).toString());
        browser.choose("identifiedCountry", "SN");
        browser.type("identifiedCity", "Dakar");
        browser.choose("referralSource", "NgoOutreach");
        browser.choose("traffickingStatus", "PossibleVictimOfTrafficking");
        browser.type("givenNames", GIVEN_NAMES);
        browser.type("familyName", FAMILY_NAME);
        browser.choose("sex", "Masculine");
        browser.type("estimatedAge", "11");
        browser.choose("citizenship", "GN");
        browser.type("guardianName", "Mariama Demo-Barry");
        browser.type("guardianContact", "+224 600 00 00 00");
        new Select(browser.find(By.id("guardianRelation"))).selectByIndex(1);
        browser.tick(By.cssSelector("input[name='exploitationTypes'][value='ForcedBegging']"));
        browser.step("registration filled in");
        browser.submit(browser.find(By.cssSelector("#case-form button[type=submit]")));
        browser.step("case registered");
        String casePath = browser.path();
        assertThat(casePath).matches("/cases/\\d+");
        String caseNumber = jdbc.sql("select case_number from case_file where id = ?")
                .param(Long.parseLong(casePath.substring("/cases/".length()))).query(String.class).single();
        assertThat(caseNumber).startsWith("SN-DKR-").doesNotContain("Barry");
        assertThat(browser.find(By.tagName("main")).getText()).contains(caseNumber, GIVEN_NAMES);

        // 2. Consent to assistance and to sharing with partners, given by the guardian with the child's assent.
        for (String purpose : new String[] {"ASSISTANCE", "PARTNER_SHARING"}) {
            browser.open(casePath + "/consents");
            new Select(browser.find(By.id("consent-purpose"))).selectByValue(purpose);
            new Select(browser.find(By.id("consent-givenBy"))).selectByValue("GUARDIAN");
            browser.value("consent-givenOn", today);
            browser.tick(By.name("guardianConsent"));
            browser.tick(By.name("childAssent"));
            browser.submit(browser.find(By.cssSelector("#consent-form button[type=submit]")));
            browser.step("consent " + purpose.toLowerCase());
        }
        assertThat(jdbc.sql("select count(*) from case_consent c join case_file f on f.id = c.case_id "
                + "where f.case_number = ? and c.guardian_consent and c.child_assent").param(caseNumber)
                .query(Long.class).single()).isEqualTo(2);

        // 3. Needs and re-trafficking risk.
        browser.open(casePath + "/assessments");
        browser.value("needs-assessedOn", today);
        new Select(browser.find(By.id("need-shelter"))).selectByValue("URGENT");
        new Select(browser.find(By.id("need-medical"))).selectByValue("MEDIUM");
        browser.submit(browser.find(By.cssSelector("#needs-form button[type=submit]")));
        browser.step("needs assessed");
        browser.value("risk-assessedOn", today);
        new Select(browser.find(By.id("risk-level"))).selectByValue("HIGH");
        browser.findAll(By.cssSelector("#risk-form input[name=factors]")).get(0).click();
        browser.submit(browser.find(By.cssSelector("#risk-form button[type=submit]")));
        browser.step("risk assessed");

        // 4. Referral to the partner shelter, sharing the name and age/sex only.
        browser.open(casePath + "/referrals");
        Select partner = new Select(browser.find(By.id("referral-partner")));
        partner.getOptions().stream().filter(o -> o.getText().contains("Abri Sankofa")).findFirst().orElseThrow()
                .click();
        new Select(browser.find(By.id("referral-service"))).selectByValue("SHELTER");
        for (WebElement share : browser.findAll(By.cssSelector("#referral-form input[name=shares]"))) {
            String value = share.getAttribute("value");
            if (share.isSelected() != (value.equals("NAME") || value.equals("AGE_SEX"))) {
                share.click();
            }
        }
        browser.find(By.id("referral-message")).sendKeys("Needs a safe place tonight.");
        browser.submit(browser.find(By.cssSelector("#referral-form button[type=submit]")));
        browser.step("referral sent");
        browser.signOut();

        // 5. The partner sees only the referral, with only what it shares, and accepts it.
        browser.signIn("partner.dakar", DemoUsers.PASSWORD);
        browser.open("/referrals").step("partner referrals");
        WebElement row = browser.findAll(By.cssSelector("#referral-results tr")).stream()
                .filter(r -> r.getText().contains(caseNumber)).findFirst().orElseThrow();
        assertThat(row.getText()).contains(GIVEN_NAMES).doesNotContain("Mariama", "+224");
        browser.submit(row.findElement(By.xpath(".//form[contains(@action,'/accept')]//button")));
        browser.step("referral accepted");
        assertThat(jdbc.sql("select r.status from case_referral r join case_file f on f.id = r.case_id "
                + "where f.case_number = ?").param(caseNumber).query(String.class).single()).isEqualTo("ACCEPTED");
        browser.signOut();

        // 6. A case worker in Conakry searches for the child and finds nothing.
        browser.signIn("caseworker.conakry", DemoUsers.PASSWORD);
        browser.open("/cases").step("case list of IOM Conakry");
        browser.find(By.id("q")).sendKeys("Alpha Oumar Barry");
        browser.find(By.cssSelector("#case-search button[type=submit]")).click(); // htmx: only the results change
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10)).until(
                org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(By.id("results"),
                        "No case matches"));
        browser.step("conakry searched and found nothing");
        assertThat(browser.find(By.id("results")).getText()).doesNotContain(caseNumber, GIVEN_NAMES);
        browser.open(casePath).step("conakry opens the dakar case");
        assertThat(browser.find(By.tagName("main")).getText()).doesNotContain(GIVEN_NAMES, caseNumber);
        browser.signOut();
    }
}
