package org.sankofa.work;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
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
 * A supervisor finds the demo's pending decisions from the navigation, opens one where it is decided, and reads the
 * inbox and the home page in French, at 1366 and 390 px; a partner's case page offers only what it may open.
 */
@SankofaTest
@ExtendWith(BrowserExtension.class)
class WorkBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void pointAtApplication(Browser browser) {
        browser.at(port);
    }

    private static void width(Browser browser, int pixels) {
        browser.driver().manage().window().setSize(new Dimension(pixels, 900));
    }

    @Test
    void aSupervisorFindsTheDecisionsWaitingFromTheNavigationAndOpensOne(Browser browser) {
        width(browser, 1366);
        try {
            browser.open("/login").signIn("supervisor.dakar", DemoUsers.PASSWORD).step("home en 1366");
            assertThat(browser.find(By.id("home-inbox")).getText()).contains("Decisions waiting for you");
            browser.navigate(() -> browser.find(By.cssSelector("#main-nav a[data-nav=inbox]")).click());
            browser.step("inbox en 1366");
            List<WebElement> rows = browser.findAll(By.cssSelector("#inbox tbody tr"));
            assertThat(rows).isNotEmpty();
            String count = browser.find(By.id("inbox-waiting")).getText();
            assertThat(browser.find(By.id("inbox-count")).getText()).startsWith(count + " ");

            browser.navigate(() -> new Select(browser.find(By.id("lang"))).selectByValue("fr"));
            browser.step("inbox fr 1366");
            assertThat(browser.find(By.cssSelector("main h1")).getText()).isEqualTo("Décisions en attente");
            width(browser, 390);
            browser.open("/inbox").step("inbox fr 390");
            browser.open("/").step("home fr 390");
            width(browser, 1366);
            browser.open("/").step("home fr 1366");
            browser.navigate(() -> new Select(browser.find(By.id("lang"))).selectByValue("en"));

            browser.open("/inbox");
            WebElement decide = browser.find(By.cssSelector("#inbox tbody tr a"));
            browser.navigate(decide::click);
            browser.step("decision opened");
            assertThat(browser.path()).matches("/cases/\\d+/(best-interests|closure|handover)|/transfers");
            browser.signOut();
        } finally {
            width(browser, 1280);
        }
    }

    @Test
    void aPartnersCasePageOffersOnlyWhatItsReferralShares(Browser browser) {
        long caseId = jdbc.sql("""
                select r.case_id from case_referral r join app_user u on u.organisation_id = r.partner_org_id
                 where u.username = 'partner.dakar' and r.status in ('SENT', 'ACCEPTED', 'COMPLETED')
                 order by r.id limit 1""").query(Long.class).single();
        browser.open("/login").signIn("partner.dakar", DemoUsers.PASSWORD).step("partner home");
        browser.open("/cases/" + caseId).step("partner case page");
        assertThat(browser.mainText()).doesNotContain("Not allowed");
        assertThat(browser.findAll(By.cssSelector(".care-slot"))).isEmpty();
        browser.signOut();
    }
}
