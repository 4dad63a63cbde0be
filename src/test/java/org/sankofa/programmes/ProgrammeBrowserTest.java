package org.sankofa.programmes;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.sankofa.identity.NewUser;
import org.sankofa.identity.Role;
import org.sankofa.identity.RoleGrant;
import org.sankofa.identity.UserAccounts;
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
 * The return programme's journey: {@code supervisor.dakar} enrols a child whose return is on its way in the Regional
 * Return and Reintegration Programme, from the case's return section; IOM Conakry confirms the arrival; the
 * programme's "children returned" target moves by one; the donor's observer (US BPRM, working in French) opens the
 * donor report — aggregates only, the small cell written "moins de 5". Screenshots at 390 px in English and French
 * under target/screenshots/ProgrammeBrowserTest/.
 */
@SankofaTest
@ExtendWith(BrowserExtension.class)
class ProgrammeBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    UserAccounts users;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void pointAtApplication(Browser browser) {
        browser.at(port);
    }

    private long returned(Browser browser, long programme) {
        browser.open("/programmes/" + programme);
        String text = browser.find(By.cssSelector("#targets tr[data-measure=CHILDREN_RETURNED] td.achieved"))
                .getText().strip();
        return Long.parseLong(text);
    }

    @Test
    void aChildEnrolledFromTheReturnSectionMovesTheChildrenReturnedTargetAndTheDonorReadsTheReport(Browser browser) {
        long programme = jdbc.sql("select id from programme where code = 'RRRP-CTV'").query(Long.class).single();
        // a child of IOM Dakar on the way home to Guinea, whom IOM Conakry receives, not yet in the programme
        List<Long> onTheWay = jdbc.sql("""
                select c.id from case_file c join case_return_plan r on r.case_id = c.id and r.status = 'DEPARTED'
                join office o on o.id = c.office_id and o.code = 'SN-DKR'
                join office ro on ro.id = r.receiving_office_id and ro.code = 'GN-CKY'
                where c.is_child and c.status = 'Active' and c.trafficking_status <> 'NotAVictimOfTrafficking'
                  and not exists (select 1 from programme_enrolment e where e.case_id = c.id
                                  and e.programme_id = ?)
                order by c.id""").param(programme).query(Long.class).list();
        assertThat(onTheWay).as("a demo child of Dakar whose return to Guinea departed").isNotEmpty();
        long child = onTheWay.get(0);

        browser.open("/login").signIn("supervisor.dakar", DemoUsers.PASSWORD);
        long before = returned(browser, programme);
        browser.viewport(390, 844).screenshot("en-390-programme-before.png").viewport(1366, 900);

        // the case's return section on its own page: the programmes open with the section's other forms, loaded at once
        browser.open("/cases/" + child + "/return");
        assertThat(browser.find(By.id("programme-slot-return")).getAttribute("open")).isNotNull();
        browser.waitFor(By.id("enrolment-form"));
        browser.step("return section programmes");
        browser.choose("enrol-programme", String.valueOf(programme))
                .value("enrol-on", LocalDate.now().toString());
        browser.submit(browser.find(By.cssSelector("#enrolment-form button[type=submit]")));
        browser.step("enrolled");
        assertThat(browser.mainText()).contains("The case is enrolled in the programme",
                "Regional Return and Reintegration Programme for Child Trafficking Victims");
        browser.signOut();

        // IOM Conakry confirms the arrival: the return is complete
        browser.signIn("caseworker.conakry", DemoUsers.PASSWORD);
        browser.open("/cases/" + child + "/handover");
        browser.value("arrival-date", LocalDate.now().toString()).type("arrival-place", "Conakry bus station")
                .type("arrival-persons", "Mother, IOM Conakry case worker");
        browser.script("window.confirm = () => true;");
        browser.submit(browser.find(By.cssSelector("#arrival-form button[type=submit]")));
        browser.step("conakry confirmed the arrival");
        browser.signOut();

        browser.signIn("supervisor.dakar", DemoUsers.PASSWORD);
        assertThat(returned(browser, programme)).isEqualTo(before + 1);
        browser.step("children returned moved");
        browser.viewport(390, 844).screenshot("en-390-programme-after.png");
        browser.script("document.getElementById('targets-heading').scrollIntoView();");
        browser.screenshot("en-390-programme-targets.png").viewport(1366, 900);
        browser.signOut();

        // the donor's observer reads the report in French
        long bprm = jdbc.sql("select id from organisation where acronym = 'BPRM'").query(Long.class).single();
        String observer = SignIn.uniqueUsername("observateur");
        users.create(new NewUser(observer, "Observatrice BPRM", null, DemoUsers.PASSWORD, bprm, null, "fr",
                Set.of(RoleGrant.of(Role.OBSERVER))));
        browser.signIn(observer, DemoUsers.PASSWORD);
        browser.open("/programmes");
        browser.step("observateur programmes");
        assertThat(browser.mainText()).contains("Regional Return and Reintegration Programme")
                .doesNotContain("COMPASS");
        browser.open("/programmes/" + programme);
        browser.find(By.cssSelector("#report-form button[type=submit]"));
        browser.submit(browser.find(By.cssSelector("#report-form button[type=submit]")));
        browser.step("rapport au bailleur");
        String report = browser.mainText();
        assertThat(report).contains("Rapport au bailleur", "Enfants retournés", "Agrégats seulement")
                .doesNotContain("SN-DKR-");
        browser.viewport(390, 844).screenshot("fr-390-donor-report.png");
        browser.script("document.getElementById('report-targets').scrollIntoView();");
        browser.screenshot("fr-390-donor-report-targets.png");
        Object overflow = browser.script("return document.documentElement.scrollWidth > window.innerWidth;");
        assertThat(overflow).isEqualTo(Boolean.FALSE);
        browser.viewport(1366, 900);
    }
}
