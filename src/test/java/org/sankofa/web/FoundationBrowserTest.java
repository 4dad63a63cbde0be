package org.sankofa.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.sankofa.directory.Directory;
import org.sankofa.directory.Office;
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
import org.springframework.context.MessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The foundation as a person meets it in Chromium: signing in with each role, the navigation each role gets,
 * a refused sign-in, switching languages (remembered in the account), and the skip link for keyboard users.
 * Page loads are kept few: the journeys chain on the page the previous step landed on.
 */
@SankofaTest
@ExtendWith(BrowserExtension.class)
class FoundationBrowserTest {

    private static final List<String> EVERYONE = List.of("home", "organisations", "communities", "partners", "plans",
            "legal");
    private static final List<String> ADMINISTRATION = List.of("users", "audit");

    /** The role each demo user holds (DemoWorld). */
    private static final Map<String, Role> ROLES = new LinkedHashMap<>();

    static {
        ROLES.put("admin", Role.ADMINISTRATOR);
        ROLES.put("caseworker.dakar", Role.CASE_WORKER);
        ROLES.put("supervisor.dakar", Role.CASE_SUPERVISOR);
        ROLES.put("caseworker.conakry", Role.CASE_WORKER);
        ROLES.put("supervisor.conakry", Role.CASE_SUPERVISOR);
        ROLES.put("partner.dakar", Role.PARTNER);
        ROLES.put("coordinator.mali", Role.NATIONAL_COORDINATOR);
        ROLES.put("coordinator.ecowas", Role.REGIONAL_COORDINATOR);
        ROLES.put("mne", Role.ME_OFFICER);
        ROLES.put("organiser", Role.EVENT_ORGANISER);
        ROLES.put("observer", Role.OBSERVER);
    }

    @LocalServerPort
    int port;

    @Autowired
    MessageSource messages;

    @Autowired
    UserAccounts users;

    @Autowired
    Directory directory;

    @BeforeEach
    void pointAtApplication(Browser browser) {
        browser.at(port);
    }

    /**
     * Every demo user lands on the home page and sees the navigation of their role; at 1366 px it fits on one line:
     * at most six entries at the top, the rest in groups (one sign-in per user for both).
     */
    @Test
    void everyDemoUserSignsInAndSeesTheNavigationOfTheirRoleOnOneLineAt1366Px(Browser browser) {
        assertThat(ROLES.keySet()).containsExactlyInAnyOrderElementsOf(DemoUsers.ALL);
        Dimension before = browser.driver().manage().window().getSize();
        browser.driver().manage().window().setSize(new Dimension(1366, 900));
        try {
            browser.open("/login");
            for (var entry : ROLES.entrySet()) {
                String username = entry.getKey();
                Role role = entry.getValue();
                browser.signIn(username, DemoUsers.PASSWORD);

                assertThat(browser.path()).as("%s lands on the home page", username).isEqualTo("/");
                List<String> links = browser.findAll(By.cssSelector("#main-nav a[data-nav]")).stream()
                        .map(link -> link.getAttribute("data-nav")).toList();
                assertThat(links).as("navigation of %s", username)
                        .containsExactlyInAnyOrderElementsOf(expectedNavigation(role));
                assertThat(browser.findAll(By.cssSelector("#my-roles li")).stream().map(WebElement::getText))
                        .as("roles listed on the home page of %s", username)
                        .containsExactly(messages.getMessage(role.messageKey(), null, Locale.ENGLISH));

                List<WebElement> top = browser.findAll(By.cssSelector("#main-nav > ul > li"));
                assertThat(top).as("top-level entries of %s", username).hasSizeLessThanOrEqualTo(6);
                int firstRow = top.get(0).getLocation().getY();
                assertThat(top).as("entries of %s on one line", username)
                        .allSatisfy(e -> assertThat(Math.abs(e.getLocation().getY() - firstRow))
                                .isLessThanOrEqualTo(e.getSize().getHeight() / 2));

                browser.signOut();
            }
        } finally {
            browser.driver().manage().window().setSize(before);
        }
    }

    /** The navigation's groups open with the keyboard (Enter on the group) and show their links; Escape closes them. */
    @Test
    void theGroupsOfTheNavigationOpenWithTheKeyboard(Browser browser) {
        Dimension before = browser.driver().manage().window().getSize();
        browser.driver().manage().window().setSize(new Dimension(1366, 900));
        try {
            browser.open("/login");
            browser.signIn("supervisor.dakar", DemoUsers.PASSWORD);
            WebElement transfers = browser.find(By.cssSelector("#main-nav a[data-nav=transfers]"));
            assertThat(transfers.isDisplayed()).isFalse();
            WebElement group = browser.find(By.cssSelector("#main-nav li.nav-split summary"));
            group.sendKeys(Keys.ENTER);
            assertThat(transfers.isDisplayed()).isTrue();
            browser.step("cases group open");
            new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
            assertThat(transfers.isDisplayed()).isFalse();
            group.sendKeys(Keys.ENTER);
            browser.navigate(transfers::click);
            assertThat(browser.path()).isEqualTo("/transfers");
            browser.signOut();
        } finally {
            browser.driver().manage().window().setSize(before);
        }
    }

    @Test
    void aRefusedSignInShowsWhyAndStaysOnTheLoginPage(Browser browser) {
        browser.open("/login").signIn("nobody-" + UUID.randomUUID().toString().substring(0, 8), "not-the-password");

        assertThat(browser.path()).startsWith("/login");
        assertThat(browser.find(By.cssSelector(".alert.error[role=alert]")).getText())
                .isEqualTo(messages.getMessage("login.error", null, Locale.ENGLISH));
        assertThat(browser.findAll(By.id("login-form"))).hasSize(1);
        assertThat(browser.findAll(By.id("main-nav"))).isEmpty();
    }

    @Test
    void theLanguageChosenWithTheSelectorIsShownAndRememberedInTheAccount(Browser browser) {
        String username = newObserver();
        browser.open("/login").signIn(username, DemoUsers.PASSWORD);
        assertThat(browser.language()).isEqualTo("en");

        chooseLanguage(browser, "fr");
        assertThat(browser.language()).isEqualTo("fr");
        assertThat(navigationText(browser)).containsExactly("Accueil", "Organisations", "Communautés",
                "Réseau des partenaires", "Plans d'action", "Programmes", "Statistiques", "Événements", "Juridique");

        chooseLanguage(browser, "pt");
        assertThat(browser.language()).isEqualTo("pt");
        assertThat(navigationText(browser)).containsExactly("Início", "Organizações", "Comunidades", "Rede de parceiros",
                "Planos", "Programas", "Estatísticas", "Eventos", "Jurídico");

        browser.signOut();
        browser.forgetVisitor(); // no language cookie left: only the account can remember the choice
        browser.open("/login").signIn(username, DemoUsers.PASSWORD);
        assertThat(browser.language()).isEqualTo("pt");
        assertThat(navigationText(browser)).containsExactly("Início", "Organizações", "Comunidades", "Rede de parceiros",
                "Planos", "Programas", "Estatísticas", "Eventos", "Jurídico");
    }

    @Test
    void theSkipLinkIsTheFirstStopOfTheKeyboardAndMovesFocusToTheContent(Browser browser) {
        browser.open("/login").signIn("observer", DemoUsers.PASSWORD);
        Object firstFocusable = browser.script("return document.querySelector('a[href], button, "
                + "input:not([type=hidden]), select, textarea, [tabindex]:not([tabindex=\"-1\"])');");
        assertThat(firstFocusable).isInstanceOf(WebElement.class);
        assertThat(((WebElement) firstFocusable).getAttribute("class")).contains("skip-link");

        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        WebElement focused = browser.driver().switchTo().activeElement();
        assertThat(focused.getAttribute("class")).contains("skip-link");
        assertThat(focused.isDisplayed()).as("the skip link shows when it has focus").isTrue();
        browser.step("skip link focused");

        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        browser.step("skip link followed");
        assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("main");
    }

    @Test
    void theApiDocumentationRendersUnderTheContentSecurityPolicy(Browser browser) {
        browser.open("/swagger-ui/index.html");

        browser.waitFor(By.cssSelector(".opblock-summary"));
        browser.step("swagger ui rendered");
        assertThat(browser.findAll(By.cssSelector(".opblock-summary-path")).stream()
                .map(path -> path.getAttribute("data-path")))
                .contains("/api/v1/tokens", "/api/v1/me");
    }

    @Test
    void anAdministratorFindsAnOrganisationAndItsOfficesAndTheMembersOfACommunityOnADate(Browser browser) {
        browser.open("/login").signIn("admin", DemoUsers.PASSWORD);
        browser.open("/directory/organisations").step("organisations");
        browser.open("/directory/organisations?q=Migration").step("organisations searched");
        browser.navigate(() -> browser.find(By.linkText("International Organization for Migration")).click());
        browser.step("organisation with its offices");
        assertThat(browser.find(By.tagName("main")).getText()).contains("IOM Dakar", "SN-DKR", "IOM Conakry");

        browser.open("/directory/communities/ECOWAS?date=2025-06-01").step("ecowas members 2025-06-01");
        assertThat(browser.findAll(By.cssSelector("main table tbody tr"))).hasSize(12);
        browser.open("/directory/communities/ECOWAS?date=2024-06-01").step("ecowas members 2024-06-01");
        assertThat(browser.findAll(By.cssSelector("main table tbody tr"))).hasSize(15);
        browser.signOut();
    }

    /**
     * Everyone: home and the directory; case roles: cases, tasks and family tracing (supervisors: transfers and overdue visits too); partners:
     * their referrals; administrators: administration; everyone but partners: the programmes and the statistics.
     */
    private static List<String> expectedNavigation(Role role) {
        List<String> links = new java.util.ArrayList<>(EVERYONE);
        if (Set.of(Role.CASE_WORKER, Role.CASE_SUPERVISOR, Role.PARTNER).contains(role)) {
            links.add("cases");
        }
        if (role == Role.PARTNER) {
            links.add("referrals");
        }
        if (role == Role.CASE_WORKER || role == Role.CASE_SUPERVISOR) {
            links.add("tasks");
            links.add("tracing");
        }
        if (role == Role.CASE_SUPERVISOR) {
            links.add("inbox");
            links.add("transfers");
            links.add("overdue");
        }
        if (org.sankofa.identity.Roles.EVENT_READER_ROLES.contains(role)) {
            links.add("events");
        }
        if (role != Role.PARTNER) {
            links.add("programmes"); // under the plans (issue 14)
            links.add("statistics"); // under the plans too (issue 15)
        }
        if (role == Role.ADMINISTRATOR) {
            links.addAll(ADMINISTRATION);
        }
        return links;
    }

    private static void chooseLanguage(Browser browser, String language) {
        // sankofa.js submits the language form as soon as the choice changes
        browser.navigate(() -> new Select(browser.find(By.id("lang"))).selectByValue(language));
        browser.step("language " + language);
    }

    private static List<String> navigationText(Browser browser) {
        // the links of a closed group are hidden: their text, not what is shown
        return browser.findAll(By.cssSelector("#main-nav a[data-nav]")).stream()
                .map(link -> link.getAttribute("textContent").strip()).toList();
    }

    private String newObserver() {
        String username = "polyglot-" + UUID.randomUUID().toString().substring(0, 8);
        Office office = directory.officeByCode("SN-DKR").orElseThrow();
        users.create(new NewUser(username, "Polyglot Test-Observer", null, DemoUsers.PASSWORD,
                office.organisationId().value(), office.id().value(), "en", Set.of(RoleGrant.of(Role.OBSERVER))));
        return username;
    }

}
