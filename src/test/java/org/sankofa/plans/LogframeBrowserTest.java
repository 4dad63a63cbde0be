package org.sankofa.plans;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.UserAccounts;
import org.sankofa.plans.internal.LogframeExport;
import org.sankofa.plans.internal.PlanSummary;
import org.sankofa.plans.internal.PlanFilter;
import org.sankofa.plans.internal.Plans;
import org.sankofa.plans.internal.StrategicAreas;
import org.sankofa.support.Browser;
import org.sankofa.support.BrowserExtension;
import org.sankofa.support.DemoUsers;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * coordinator.mali imports a logframe into a new, empty plan from its page in Chromium: a workbook with two wrong
 * rows is refused with the row-level report (nothing written), the corrected one fills the plan's tree. Screenshots
 * under target/screenshots/LogframeBrowserTest/.
 */
@SankofaTest
@ExtendWith(BrowserExtension.class)
class LogframeBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts users;

    @Autowired
    StrategicAreas strategicAreas;

    @Autowired
    LogframeExport logframeExport;
    @Autowired
    Plans plans;

    @BeforeEach
    void pointAtApplication(Browser browser) {
        browser.at(port);
    }

    @Test
    void aCoordinatorImportsALogframeAfterCorrectingTheRowsReported(Browser browser) throws Exception {
        CurrentUser mali = PlanTestSupport.user(users, "coordinator.mali");
        PlanSummary demo = plans.search(new PlanFilter(null, null, "ML")).stream()
                .filter(p -> p.title().contains("2023")).findFirst().orElseThrow();
        byte[] good = logframeExport.export(PlanId.of(demo.id()), Locale.FRENCH);
        byte[] broken;
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(good));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.getSheetAt(0).getRow(1).getCell(3).setCellValue("PAIX");
            workbook.getSheetAt(0).getRow(2).getCell(2).setCellValue("");
            workbook.write(out);
            broken = out.toByteArray();
        }
        Path dir = Files.createDirectories(Path.of("target", "logframe-browser"));
        Path goodFile = Files.write(dir.resolve("cadre-logique.xlsx"), good);
        Path brokenFile = Files.write(dir.resolve("cadre-logique-errone.xlsx"), broken);
        long plan = plans.create(PlanTestSupport.national("ML", PlanTestSupport.unique("Plan d’action (import)"),
                PlanStatus.DRAFT), mali).id();

        browser.open("/login").signIn("coordinator.mali", DemoUsers.PASSWORD);
        browser.open("/plans/" + plan);
        browser.script("document.getElementById('logframe').scrollIntoView()");
        browser.step("empty plan with the logframe tools");
        assertThat(browser.find(By.id("logframe-export")).isDisplayed()).isTrue();

        browser.find(By.id("logframe-file")).sendKeys(brokenFile.toAbsolutePath().toString());
        browser.submit(browser.find(By.id("logframe-import-button")));
        browser.step("error report");
        assertThat(browser.find(By.id("logframe-rejected")).getText()).contains("2");
        assertThat(browser.findAll(By.cssSelector("#logframe-problems tbody tr"))).hasSize(2);
        assertThat(browser.find(By.id("logframe-problems")).getText()).contains("PAIX");

        browser.find(By.id("logframe-file")).sendKeys(goodFile.toAbsolutePath().toString());
        browser.submit(browser.find(By.id("logframe-import-button")));
        browser.step("imported");
        assertThat(browser.mainText()).contains("The logframe was imported.");
        assertThat(browser.find(By.id("logframe-import-closed")).isDisplayed()).isTrue();
        assertThat(strategicAreas.of(PlanId.of(plan))).hasSize(strategicAreas.of(PlanId.of(demo.id())).size());
    }
}
