package org.sankofa.cases;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sankofa.support.Browser;
import org.sankofa.support.BrowserExtension;
import org.sankofa.support.DemoUsers;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case page as the people who use it meet it: one request (its care sections folded, each loaded when opened),
 * an index of its sections, forms that open on demand, destructive actions that ask first, a handful of Tab presses to the first case and to the closure, and every page usable on a
 * phone (390 px) without scrolling sideways. Screenshots in English and French at 1366 and 390 px under
 * target/screenshots/CasePageBrowserTest/.
 */
@SankofaTest
@ExtendWith(BrowserExtension.class)
class CasePageBrowserTest {

    private static final Dimension WIDE = new Dimension(1366, 900);
    private static final Dimension PHONE = new Dimension(390, 844);

    /** Before the section index and forms on demand, a demo case page was about 8,800 px high at 1366 px. */
    private static final int HEIGHT_BEFORE = 8_800;

    /** The requests the page made after it loaded (htmx: XMLHttpRequest), by address. */
    private static final String REQUESTS_AFTER_LOAD = """
            return performance.getEntriesByType('resource')
              .filter(e => e.initiatorType === 'xmlhttprequest' || e.initiatorType === 'fetch')
              .map(e => new URL(e.name).pathname)""";

    /** The innermost elements that reach past the right edge of the window, to say what to fix. */
    private static final String OVERFLOWING = """
            const width = document.documentElement.clientWidth;
            const clipped = e => { for (let p = e.parentElement; p; p = p.parentElement) {
              if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(p).overflowX)) return true; } return false; };
            return [...document.body.querySelectorAll('*')]
              .filter(e => e.getBoundingClientRect().right > width && !clipped(e)
                && ![...e.children].some(c => c.getBoundingClientRect().right > width))
              .slice(0, 3)
              .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : '')
                + ' ' + Math.round(e.getBoundingClientRect().right) + ' px')
              .join(', ')""";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void pointAtApplication(Browser browser) {
        browser.at(port);
        browser.driver().manage().window().setSize(WIDE);
    }

    @Test
    void theCasePageIsOneRequestAndLoadsASectionOnlyWhenItIsOpened(Browser browser) {
        long id = richestOpenDakarCase();
        browser.open("/login").signIn("caseworker.dakar", DemoUsers.PASSWORD);
        openCasePage(browser, id);
        List<WebElement> slots = browser.findAll(By.cssSelector(".care-sections details.care-slot"));
        assertThat(slots).hasSize((int) Arrays.stream(CaseSection.values()).filter(CaseSection::care).count());
        assertThat(slots).noneMatch(slot -> slot.getAttribute("open") != null);
        assertThat(browser.findAll(By.cssSelector(".care-slot .care-section"))).isEmpty();
        assertThat(requestsAfterLoad(browser)).as("requests made by the page itself").isEmpty();

        // the index unfolds the section it leads to, which is then asked for, once
        browser.find(By.cssSelector("nav.case-index a[href='#care-slot-notes']")).click();
        waitForSection(browser, "notes");
        assertThat(browser.find(By.id("care-slot-notes")).getAttribute("open")).isNotNull();
        browser.find(By.cssSelector("#care-slot-notes > summary")).click();
        browser.find(By.cssSelector("#care-slot-notes > summary")).click();
        browser.find(By.cssSelector("#care-slot-timeline > summary")).click();
        waitForSection(browser, "timeline");
        assertThat(requestsAfterLoad(browser)).as("requests after opening the notes (twice) and the timeline")
                .containsExactly("/cases/" + id + "/notes", "/cases/" + id + "/timeline");
        browser.step("notes and timeline opened");

        // without htmx, a folded section holds a link to its own page
        browser.open("/cases/" + id);
        String own = browser.find(By.cssSelector("#care-slot-return .care-slot-body a")).getAttribute("href");
        assertThat(own).endsWith("/cases/" + id + "/return");
        browser.open("/cases/" + id + "/return");
        assertThat(browser.find(By.id("care-return")).isDisplayed()).isTrue();
    }

    @SuppressWarnings("unchecked")
    private static List<String> requestsAfterLoad(Browser browser) {
        return (List<String>) browser.script(REQUESTS_AFTER_LOAD);
    }

    @Test
    void theCasePageIndexesItsSectionsAndOpensItsFormsOnlyOnDemand(Browser browser) {
        long id = richestOpenDakarCase();
        browser.open("/login").signIn("caseworker.dakar", DemoUsers.PASSWORD);
        openCasePage(browser, id);
        browser.step("case page 1366 en");

        List<WebElement> index = browser.findAll(By.cssSelector("nav.case-index a"));
        assertThat(index).hasSizeGreaterThan(10);
        for (WebElement link : index) {
            String target = link.getAttribute("href").replaceAll("^.*#", "");
            assertThat(browser.findAll(By.id(target))).as("index entry %s points at a section", target).hasSize(1);
        }
        assertThat(browser.script("return getComputedStyle(document.querySelector('nav.case-index')).position"))
                .isEqualTo("sticky");

        long folded = height(browser);
        openAllSections(browser);
        List<WebElement> onDemand = browser.findAll(By.cssSelector(".care-sections details.on-demand"));
        assertThat(onDemand).as("entry forms behind a summary").hasSizeGreaterThanOrEqualTo(8);
        assertThat(onDemand).noneMatch(d -> d.getAttribute("open") != null);
        assertThat(browser.findAll(By.cssSelector(".care-sections form.stacked"))).noneMatch(WebElement::isDisplayed);

        long height = height(browser);
        browser.script("document.querySelectorAll('details.on-demand').forEach(d => d.open = true)");
        long allFormsOpen = height(browser);
        browser.script("document.querySelectorAll('details.on-demand').forEach(d => d.open = false)");
        assertThat(height).as("height of the case page at 1366 px, its sections open and their forms closed;"
                        + " by section: %s", browser.script("return [...document.querySelectorAll("
                        + "'.case-index + .case-body > *, .care-slot')]"
                        + ".map(e => (e.id || e.className) + '=' + e.offsetHeight).join(', ')"))
                .isLessThan(allFormsOpen / 2).isLessThan(HEIGHT_BEFORE / 2);
        assertThat(folded).as("height of the case page, its sections folded").isLessThan(height);

        WebElement summary = browser.find(By.cssSelector("#care-notes details.on-demand > summary"));
        summary.click();
        assertThat(browser.find(By.id("note-body")).isDisplayed()).isTrue();
        browser.step("note form opened");

        // A wrong note (empty) comes back with its message and its form still open.
        browser.script("document.getElementById('note-body').removeAttribute('required')");
        browser.find(By.cssSelector("#note-form button[type=submit]")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("note-body-error")));
        assertThat(browser.find(By.cssSelector("#care-notes details.on-demand")).getAttribute("open")).isNotNull();

        // Without htmx, each section is a page of its own, where its form is open.
        browser.open("/cases/" + id + "/notes");
        assertThat(browser.find(By.id("note-body")).isDisplayed()).isTrue();
    }

    @Test
    void closingACaseAndRejectingAskForConfirmationAndStandApart(Browser browser) {
        long id = richestOpenDakarCase();
        browser.open("/login").signIn("caseworker.dakar", DemoUsers.PASSWORD);
        openCasePage(browser, id);
        browser.find(By.cssSelector("a.closure-link")).click();
        waitForSection(browser, "closure");
        WebElement closure = browser.find(By.cssSelector("#care-closure details.on-demand"));
        assertThat(closure.getAttribute("class")).contains("danger-zone");
        closure.findElement(By.tagName("summary")).click();
        new Select(browser.find(By.id("closure-reason"))).selectByIndex(1);
        browser.find(By.id("closure-note")).sendKeys("Checking the confirmation only.");
        browser.step("closure form opened");
        WebElement close = browser.find(By.cssSelector("#close-form button[type=submit]"));
        assertThat(close.getAttribute("class")).contains("danger");
        close.click();
        Alert confirm = new WebDriverWait(browser.driver(), Duration.ofSeconds(5))
                .until(ExpectedConditions.alertIsPresent());
        assertThat(confirm.getText()).isNotBlank();
        confirm.dismiss();
        assertThat(jdbc.sql("select status from case_file where id = ?").param(id).query(String.class).single())
                .isEqualTo("Active");
        assertThat(jdbc.sql("select count(*) from case_closure_request where case_id = ? and status = 'REQUESTED'")
                .param(id).query(Long.class).single()).isZero();
    }

    @Test
    void aHandfulOfTabPressesReachTheFirstCaseAndTheClosure(Browser browser) {
        long id = richestOpenDakarCase();
        browser.open("/login").signIn("caseworker.dakar", DemoUsers.PASSWORD);
        browser.open("/cases");
        int toFirstCase = tabsUntil(browser, "#results",
                e -> e.getAttribute("href") != null && e.getAttribute("href").matches(".*/cases/\\d+$"));
        browser.step("first case focused");
        assertThat(toFirstCase).as("Tab presses to the first case").isLessThanOrEqualTo(5);

        openCasePage(browser, id);
        int toClosure = tabsUntil(browser, "#care-slot-closure",
                e -> (Boolean) browser.script("return !!arguments[0].closest('#care-slot-closure')", e));
        browser.step("closure focused");
        assertThat(toClosure).as("Tab presses to the closure").isLessThanOrEqualTo(6);

        String ring = (String) browser.script("return getComputedStyle(document.activeElement).outlineColor");
        assertThat(ring).as("focus ring, dark on white (WCAG 1.4.11)").isEqualTo("rgb(27, 27, 27)");
    }

    /**
     * The pages a role's navigation does not lead to straight away — forms, a case with every section open, a plan's
     * own pages — at 390 px. The pages of each role's navigation and the first item of each list are checked for
     * overflow at 390 px in every language by {@code RoleTourBrowserTest} (home, cases, tasks, tracing, the directory,
     * plans, the matrix, profile and password, transfers, overdue visits, referrals, users, the audit log), so they
     * are not opened again here.
     */
    @Test
    void noPageScrollsSidewaysOnAPhone(Browser browser) {
        long id = richestOpenDakarCase();
        browser.driver().manage().window().setSize(PHONE);
        List<String> tooWide = new ArrayList<>();
        Map<String, List<String>> pagesByUser = Map.of(
                "caseworker.dakar", List.of("/cases/" + id, "/cases/" + id + "/assessments",
                        "/cases/" + id + "/return", "/cases/new", "/cases/" + id + "/edit"),
                "supervisor.dakar", List.of("/cases/" + id + "/closure"),
                "admin", List.of("/admin/users/new", "/directory/organisations/new",
                        "/legal/statuses/import", "/legal/statuses/new", "/legal/laws/new", "/legal/instruments/new"),
                "coordinator.ecowas", List.of("/plans/comparison", "/legal/matrix?community=ECCAS",
                        "/legal/instruments", "/legal/statuses", "/legal/laws"));
        for (var user : List.of("caseworker.dakar", "supervisor.dakar", "admin", "coordinator.ecowas")) {
            browser.open("/login").signIn(user, DemoUsers.PASSWORD);
            for (String path : pagesByUser.get(user)) {
                browser.open(path);
                if (path.equals("/cases/" + id)) {
                    openAllSections(browser);
                }
                assertFits(browser, tooWide, user + " " + path);
            }
            if (user.equals("coordinator.ecowas")) {
                browser.open("/plans");
                browser.navigate(() -> browser.find(By.cssSelector("main td a[href*='/plans/']")).click());
                assertFits(browser, tooWide, user + " first plan");
                String plan = browser.path();
                for (String page : List.of("/scorecard", "/evaluations", "/reports", "/edit")) {
                    browser.open(plan + page);
                    assertFits(browser, tooWide, user + " " + plan + page);
                }
            }
            browser.signOut();
        }
        assertThat(tooWide).as("pages wider than a 390 px phone").isEmpty();
    }

    @Test
    void theCaseListFoldsItsFiltersOnAPhoneUnlessOneIsInUse(Browser browser) {
        browser.open("/login").signIn("caseworker.dakar", DemoUsers.PASSWORD);
        browser.open("/cases");
        assertThat(browser.find(By.id("f-status")).isDisplayed()).as("filters on a wide screen").isTrue();
        browser.driver().manage().window().setSize(PHONE);
        browser.open("/cases").step("filters folded on a phone");
        assertThat(browser.find(By.id("f-status")).isDisplayed()).as("filters on a phone").isFalse();
        browser.find(By.cssSelector("details.filters-box > summary")).click();
        assertThat(browser.find(By.id("f-status")).isDisplayed()).isTrue();
        browser.open("/cases?status=Active").step("a filter in use stays in view");
        assertThat(browser.find(By.id("f-status")).isDisplayed()).as("filters in use on a phone").isTrue();
    }

    @Test
    void screenshotsInEnglishAndFrenchAtBothWidths(Browser browser) {
        long id = richestOpenDakarCase();
        browser.open("/login").signIn("caseworker.dakar", DemoUsers.PASSWORD);
        try {
            for (String language : List.of("en", "fr")) {
                chooseLanguage(browser, language);
                for (Dimension size : List.of(WIDE, PHONE)) {
                    browser.driver().manage().window().setSize(size);
                    browser.open("/cases").step("case list " + size.width + " " + language);
                    openCasePage(browser, id);
                    browser.step("case page " + size.width + " " + language);
                    openAllSections(browser);
                    browser.driver().manage().window().setSize(new Dimension(size.width,
                            (int) Math.min(height(browser) + 150, 9_000)));
                    browser.step("case page whole " + size.width + " " + language);
                    browser.driver().manage().window().setSize(size);
                    openCasePage(browser, id);
                    browser.find(By.cssSelector("a[href='#care-slot-closure']")).click();
                    waitForSection(browser, "closure");
                    browser.step("case page closure " + size.width + " " + language);
                }
            }
            assertThat(browser.language()).isEqualTo("fr");
        } finally {
            // The choice is kept in the account, which the other tests share.
            browser.driver().manage().window().setSize(WIDE);
            chooseLanguage(browser, "en");
        }
    }

    private static void chooseLanguage(Browser browser, String language) {
        if (!language.equals(browser.language())) {
            browser.navigate(() -> new Select(browser.find(By.id("lang"))).selectByValue(language));
        }
    }

    private static long height(Browser browser) {
        return ((Number) browser.script("return document.documentElement.scrollHeight")).longValue();
    }

    private void assertFits(Browser browser, List<String> tooWide, String page) {
        long scrollWidth = ((Number) browser.script("return document.documentElement.scrollWidth")).longValue();
        long innerWidth = ((Number) browser.script("return window.innerWidth")).longValue();
        if (scrollWidth > innerWidth) {
            tooWide.add(page + ": " + scrollWidth + " px in " + innerWidth + " (" + browser.script(OVERFLOWING) + ")");
            browser.step("too wide " + page);
        }
    }

    /**
     * Presses Tab as a keyboard user would, from the top of the page, following the skip link (Enter) that leads to
     * {@code skipTo} when it has focus; counts the Tab presses until the focused element is the one looked for.
     */
    private static int tabsUntil(Browser browser, String skipTo, Predicate<WebElement> wanted) {
        browser.script("document.activeElement.blur(); window.scrollTo(0, 0);");
        Actions keys = new Actions(browser.driver());
        for (int tabs = 1; tabs <= 120; tabs++) {
            keys.sendKeys(Keys.TAB).perform();
            WebElement focused = browser.driver().switchTo().activeElement();
            if (wanted.test(focused)) {
                return tabs;
            }
            String href = focused.getAttribute("href");
            if (href != null && (href.endsWith("#main") || href.endsWith(skipTo))) {
                keys.sendKeys(Keys.ENTER).perform();
            }
        }
        return Integer.MAX_VALUE;
    }

    private static void openCasePage(Browser browser, long id) {
        browser.open("/cases/" + id);
    }

    /** Opens every folded section and waits until htmx has brought each one. */
    private static void openAllSections(Browser browser) {
        browser.script("document.querySelectorAll('details.care-slot').forEach(d => d.open = true)");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(browser.script(
                "return document.querySelectorAll('.care-slot').length > 0 "
                        + "&& document.querySelectorAll('.care-slot-body > section').length "
                        + "=== document.querySelectorAll('.care-slot').length")));
    }

    /** Waits until htmx has brought the section opened ({@code care-slot-<part>}). */
    private static void waitForSection(Browser browser, String part) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(browser.script(
                "return !!document.querySelector('#care-slot-" + part + " .care-slot-body > section')")));
    }

    /** The open adult case of Dakar with the most notes, so that the page is as long as a real one. */
    private long richestOpenDakarCase() {
        return jdbc.sql("""
                select f.id from case_file f join office o on o.id = f.office_id
                where o.code = 'SN-DKR' and f.status = 'Active' and not f.is_child
                  and not exists (select 1 from case_closure_request r where r.case_id = f.id and r.status = 'REQUESTED')
                order by (select count(*) from case_note n where n.case_id = f.id) desc, f.id
                limit 1""").query(Long.class).single();
    }
}
