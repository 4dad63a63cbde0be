package org.sankofa.legal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.sankofa.identity.NewUser;
import org.sankofa.identity.Role;
import org.sankofa.identity.RoleGrant;
import org.sankofa.identity.UserAccounts;
import org.sankofa.support.Browser;
import org.sankofa.support.BrowserExtension;
import org.sankofa.support.DemoUsers;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The ECOWAS harmonisation matrix as a regional coordinator and a French-speaking reader meet it in Chromium: 15
 * member countries on 2024-06-01, 12 on 2025-06-01 after the withdrawal of Burkina Faso, Mali and Niger, with "no
 * record" shown where nothing is recorded. Screenshots in target/screenshots/LegalMatrixBrowserTest/.
 */
@SankofaTest
@ExtendWith(BrowserExtension.class)
class LegalMatrixBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts users;

    @Test
    void theEcowasMatrixHasFifteenRowsOnOneDateAndTwelveAfterTheWithdrawals(Browser browser) {
        browser.at(port).open("/login").signIn("coordinator.ecowas", DemoUsers.PASSWORD);
        browser.navigate(() -> browser.find(By.cssSelector("#main-nav a[data-nav=legal]")).click());
        browser.step("legal matrix for today");
        assertThat(browser.path()).startsWith("/legal/matrix");
        assertThat(new Select(browser.find(By.id("community"))).getFirstSelectedOption().getAttribute("value"))
                .as("the coordinator's own community is chosen").isEqualTo("ECOWAS");

        show(browser, "ECOWAS", "2024-06-01");
        assertThat(countries(browser)).hasSize(15).contains("ML", "BF", "NE", "SN", "NG");
        assertThat(browser.find(By.id("matrix-summary")).getText()).contains("15 member countries on 2024-06-01");
        assertThat(browser.findAll(By.cssSelector("#matrix td[data-state=NO_RECORD]"))).isNotEmpty()
                .allSatisfy(cell -> assertThat(cell.getText()).isEqualTo("No record"));
        assertThat(browser.find(By.cssSelector("#matrix thead")).getText()).contains("Palermo Protocol");

        show(browser, "ECOWAS", "2025-06-01");
        assertThat(countries(browser)).hasSize(12).contains("SN", "NG", "CV").doesNotContain("ML", "BF", "NE");
        assertThat(browser.find(By.id("matrix-summary")).getText()).contains("12 member countries on 2025-06-01");
        assertThat(browser.find(By.id("matrix-export")).getAttribute("href"))
                .endsWith("/legal/matrix/export?community=ECOWAS&date=2025-06-01");
    }

    @Test
    void theMatrixSpeaksFrench(Browser browser) {
        String username = "lectrice-" + UUID.randomUUID().toString().substring(0, 8);
        users.create(new NewUser(username, "Lectrice Test-Observer", null, DemoUsers.PASSWORD, null, null, "fr",
                Set.of(RoleGrant.of(Role.OBSERVER))));
        browser.at(port).open("/login").signIn(username, DemoUsers.PASSWORD);
        browser.open("/legal/matrix?community=ECOWAS&date=2025-06-01");
        browser.step("matrice CEDEAO au 2025-06-01");

        assertThat(browser.language()).isEqualTo("fr");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Matrice d’harmonisation");
        assertThat(browser.find(By.id("matrix-summary")).getText()).contains("12 pays membres au 2025-06-01");
        assertThat(browser.find(By.cssSelector("#matrix thead")).getText()).contains("Pays",
                "Loi nationale en vigueur");
        assertThat(browser.find(By.cssSelector("#matrix tr[data-country=SN] th")).getText()).contains("Sénégal");
        assertThat(browser.findAll(By.cssSelector("#matrix td[data-state=NO_RECORD]"))).isNotEmpty()
                .allSatisfy(cell -> assertThat(cell.getText()).isEqualTo("Aucune donnée"));
        assertThat(browser.find(By.cssSelector("#main-nav a[data-nav=legal]")).getText()).isEqualTo("Juridique");
    }

    @Test
    void theDemoMatrixMarksItsSyntheticIllustrationAndAnAdministratorPreviewsAnImport(Browser browser)
            throws Exception {
        browser.at(port).open("/login").signIn("coordinator.ecowas", DemoUsers.PASSWORD);
        browser.open("/legal/matrix?community=ECOWAS");
        browser.step("demo matrix today, 1366 px");
        assertThat(browser.find(By.id("synthetic-note")).getText()).startsWith("Cells marked “Synthetic”");
        assertThat(browser.findAll(By.cssSelector("#matrix td[data-synthetic=true] .badge"))).isNotEmpty()
                .allSatisfy(badge -> assertThat(badge.getText()).isEqualTo("Synthetic"));
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.step("demo matrix today, 390 px");
        browser.driver().manage().window().setSize(new Dimension(1366, 900));
        browser.signOut();

        browser.open("/login").signIn("admin", DemoUsers.PASSWORD);
        browser.open("/legal/statuses");
        browser.navigate(() -> browser.find(By.id("import-statuses")).click());
        new Select(browser.find(By.id("instrument"))).selectByVisibleText("Palermo Protocol");
        browser.value("csv", LegalFixtures.untcPalermoSample());
        browser.value("source", "United Nations Treaty Collection, chapter XVIII-12-a (browser test sample)");
        browser.submit(browser.find(By.cssSelector("#import-form button[value=preview]")));
        browser.step("UNTC import preview, 1366 px");
        assertThat(browser.find(By.id("import-summary")).getText()).contains("1 skipped");
        assertThat(browser.findAll(By.cssSelector("#import-preview tbody tr"))).hasSize(19);
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.step("UNTC import preview, 390 px");
    }

    /** Chooses the community and the date in the form and submits it, as a person does. */
    private static void show(Browser browser, String community, String date) {
        new Select(browser.find(By.id("community"))).selectByValue(community);
        // a date input is typed in the browser's locale format; setting its value is what the picker does
        browser.script("document.getElementById('date').value = arguments[0];", date);
        browser.submit(browser.find(By.cssSelector("#matrix-form button[type=submit]")));
        browser.step(community + " on " + date);
    }

    private static List<String> countries(Browser browser) {
        return browser.findAll(By.cssSelector("#matrix tbody tr")).stream()
                .map((WebElement row) -> row.getAttribute("data-country")).toList();
    }
}
