package org.sankofa.cases.journey;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.sankofa.cases.CaseFixtures;
import org.sankofa.cases.CaseId;
import org.sankofa.cases.internal.protection.FieldCipher;
import org.sankofa.support.Browser;
import org.sankofa.support.BrowserExtension;
import org.sankofa.support.DemoUsers;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Family tracing and the transfer as the people who do it meet them in Chromium: a Dakar case worker asks IOM
 * Conakry to trace a child's family; the Conakry case worker sees only the request, finds the family and records
 * the assessment; the Dakar supervisor requests the transfer; the Conakry supervisor accepts it; Dakar can then
 * only read the case. Screenshots under target/screenshots/TracingAndTransferBrowserTest/.
 */
@SankofaTest
@ExtendWith(BrowserExtension.class)
class TracingAndTransferBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FieldCipher cipher;

    @BeforeEach
    void pointAtApplication(Browser browser) {
        browser.at(port);
    }

    @Test
    void theOriginOfficeTracesTheFamilyAndAcceptsTheTransferAndDakarKeepsAReadOnlyView(Browser browser) {
        CaseId caseId = CaseFixtures.childCase(jdbc, cipher, "SN-DKR", "Ibrahima", "Demo-Sow" + System.nanoTime());
        CaseFixtures.consent(jdbc, caseId, "CROSS_BORDER_SHARING");
        String caseNumber = jdbc.sql("select case_number from case_file where id = ?").param(caseId.value())
                .query(String.class).single();
        String conakry = jdbc.sql("select id from office where code = 'GN-CKY'").query(String.class).single();

        // 1. Dakar asks Conakry to trace the family.
        browser.open("/login").signIn("caseworker.dakar", DemoUsers.PASSWORD);
        browser.open("/cases/" + caseId + "/tracing").step("tracing section");
        new Select(browser.find(By.id("tracing-office"))).selectByValue(conakry);
        browser.find(By.id("tracing-familyNames")).sendKeys("Demo-Sow");
        browser.find(By.id("tracing-village")).sendKeys("Demo-Timbi");
        browser.find(By.id("tracing-region")).sendKeys("Labé");
        browser.find(By.id("tracing-languages")).sendKeys("Pular");
        browser.submit(browser.find(By.cssSelector("#tracing-form button[type=submit]")));
        browser.step("tracing request sent");
        assertThat(browser.find(By.tagName("main")).getText()).contains("GN-CKY", "Open");
        browser.signOut();

        // 2. Conakry sees only the request, finds the family and records the assessment.
        browser.open("/login").signIn("caseworker.conakry", DemoUsers.PASSWORD);
        browser.open("/tracing").step("tracing requests of IOM Conakry");
        browser.navigate(() -> browser.find(By.linkText(caseNumber)).click());
        browser.step("tracing request");
        assertThat(browser.find(By.tagName("main")).getText()).contains("Demo-Timbi");
        new Select(browser.find(By.id("tracing-outcome"))).selectByValue("FAMILY_FOUND");
        browser.find(By.id("tracing-assessment")).sendKeys("Mother and grandmother in Demo-Timbi, ready to care");
        browser.submit(browser.find(By.cssSelector("#outcome-form button[type=submit]")));
        browser.step("family found");
        assertThat(browser.find(By.id("tracing-status")).getText()).isEqualTo("Family found");
        browser.open("/cases/" + caseId).step("the case is not visible to Conakry before the transfer");
        assertThat(browser.find(By.tagName("main")).getText()).doesNotContain("Ibrahima");
        browser.signOut();

        // 3. The Dakar supervisor requests the transfer.
        browser.open("/login").signIn("supervisor.dakar", DemoUsers.PASSWORD);
        browser.open("/cases/" + caseId + "/transfer").step("transfer section");
        new Select(browser.find(By.id("transfer-office"))).selectByValue(conakry);
        browser.find(By.id("transfer-reason")).sendKeys("Family found in Labé; return in the child's best interests");
        browser.script("window.confirm = () => true;");
        browser.submit(browser.find(By.cssSelector("#transfer-form button[type=submit]")));
        browser.step("transfer requested");
        assertThat(browser.find(By.tagName("main")).getText()).contains("Requested");
        browser.signOut();

        // 4. The Conakry supervisor accepts it.
        browser.open("/login").signIn("supervisor.conakry", DemoUsers.PASSWORD);
        browser.open("/transfers").step("transfers of IOM Conakry");
        browser.script("window.confirm = () => true;");
        browser.submit(browser.find(By.cssSelector("form[action$='/approve'][action*='/transfers/'] button")));
        browser.step("transfer accepted");
        browser.open("/cases/" + caseId).step("the case now belongs to IOM Conakry");
        assertThat(browser.find(By.id("edit-case")).isDisplayed()).isTrue();
        browser.signOut();

        // 5. Dakar keeps a read-only view.
        browser.open("/login").signIn("caseworker.dakar", DemoUsers.PASSWORD);
        browser.open("/cases/" + caseId).step("Dakar reads the transferred case");
        assertThat(browser.find(By.id("case-read-only")).getText()).contains("no longer change it");
        assertThat(browser.findAll(By.id("edit-case"))).isEmpty();
        browser.open("/cases/" + caseId + "/notes").step("no forms for Dakar");
        assertThat(browser.findAll(By.id("note-form"))).isEmpty();
        browser.signOut();
    }
}
