package org.sankofa.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sankofa.identity.NewUser;
import org.sankofa.identity.Role;
import org.sankofa.identity.RoleGrant;
import org.sankofa.identity.UserAccounts;
import org.sankofa.support.Browser;
import org.sankofa.support.BrowserExtension;
import org.sankofa.support.SankofaTest;
import org.sankofa.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A partner of the Dakar shelter who works in French adds a service on its organisation's page, confirms one as still
 * true today, and looks at Senegal's map of services and offices (drawn by the bundled Leaflet over the bundled
 * outline); a case worker who works in English sees the same map and list on a phone. Every page checked with axe;
 * screenshots (fr and en, 1366 and 390 px) under target/screenshots/PartnerNetworkBrowserTest/.
 */
@SankofaTest
@ExtendWith(BrowserExtension.class)
class PartnerNetworkBrowserTest {

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

    @Test
    void aPartnerKeepsItsServicesUpToDateAndTheMapShowsThemOffline(Browser browser) {
        long abri = jdbc.sql("select id from organisation where acronym = 'ABRI'").query(Long.class).single();
        String username = SignIn.uniqueUsername("partenaire");
        users.create(new NewUser(username, "Partenaire Abri", null, "sankofa-demo", abri, null, "fr",
                Set.of(RoleGrant.of(Role.PARTNER))));

        browser.open("/login").signIn(username, "sankofa-demo");
        browser.open("/directory/organisations/" + abri);
        browser.step("fr page de l organisation");
        browser.find(By.id("new-service")).click();
        browser.choose("type", "PSYCHOSOCIAL").type("name", "Écoute Médina (test)")
                .tick(By.cssSelector("input[name=servedGroups][value=CHILDREN]"))
                .tick(By.cssSelector("input[name=servedGroups][value=WOMEN]"))
                .choose("country", "SN").type("city", "Dakar").type("latitude", "14.6860").type("longitude", "-17.4520")
                .type("capacity", "8")
                .tick(By.cssSelector("input[name=languages][value=fr]"))
                .tick(By.cssSelector("input[name=languages][value=wo]")).type("contactName", "Mme Test")
                .type("hours", "lun.–ven. 9 h–17 h");
        browser.step("fr nouveau service");
        browser.submit(browser.find(By.cssSelector("#service-form button[type=submit]")));
        browser.step("fr service ajoute");
        assertThat(browser.mainText()).contains("Le service est ajouté à l’annuaire.", "Écoute Médina (test)",
                "Enfants, Femmes", "français, wolof");

        browser.submit(browser.find(By.cssSelector("#service-list form button[type=submit]")));
        assertThat(browser.mainText()).contains("Le service est confirmé comme toujours valable aujourd’hui.");

        browser.open("/directory/services/map?country=SN");
        waitForMap(browser);
        browser.step("fr carte du senegal");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Réseau des partenaires : Sénégal");
        assertThat(browser.findAll(By.cssSelector("#partner-map path.leaflet-interactive")).size())
                .as("markers on the map").isGreaterThanOrEqualTo(5);
        assertThat(browser.mainText()).contains("Écoute Médina (test)", "IOM Dakar");
        // nothing was asked of another host: every resource the page loaded is the application's
        Object hosts = browser.script("return [...new Set(performance.getEntriesByType('resource')"
                + ".map(e => new URL(e.name).host))].filter(h => h !== location.host)");
        assertThat((java.util.List<?>) hosts).as("hosts other than the application").isEmpty();
        assertFitsCountry(browser, "1366 px");
        browser.viewport(390, 844);
        assertFitsCountry(browser, "390 px after resizing");
        browser.step("fr carte a 390 px");
        assertThat(wide(browser)).as("map page wider than the screen").isFalse();
        browser.viewport(1366, 900);
        assertFitsCountry(browser, "1366 px after resizing");
        browser.signOut();

        browser.open("/login").signIn("caseworker.dakar", "sankofa-demo");
        browser.viewport(390, 844);
        browser.open("/directory/services?country=SN&type=SHELTER");
        browser.step("en list of shelters at 390 px");
        assertThat(browser.mainText()).contains("Abri Sankofa (demo)", "Synthetic demo entry");
        assertThat(wide(browser)).as("list page wider than the screen").isFalse();
        browser.open("/directory/services/map?country=SN");
        waitForMap(browser);
        assertFitsCountry(browser, "390 px");
        browser.step("en map of senegal at 390 px");
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Partner network: Senegal");
        assertThat(wide(browser)).as("map page wider than the screen").isFalse();
        browser.viewport(1366, 900);
        assertFitsCountry(browser, "1366 px after resizing");
        browser.step("en map of senegal");
        browser.open("/directory/services/map?country=CD");
        waitForOutline(browser);
        assertFitsCountry(browser, "DR Congo at 1366 px");
        browser.step("en map of dr congo");
    }

    /**
     * The whole country is in view and fills the map: its outline's box lies inside the map (give or take a pixel)
     * and spans most of the map's width or height — not zoomed into its interior, not a speck.
     */
    private static void assertFitsCountry(Browser browser, String when) {
        // the map refits after a resize (debounced, then animated): wait for the fit, not for a moment of the move
        String filled = "const m = document.getElementById('partner-map').getBoundingClientRect();"
                + " const o = document.querySelector('#partner-map .leaflet-overlay-pane path:not(.leaflet-interactive)');"
                + " if (!o) return -1; const b = o.getBoundingClientRect();"
                + " const inside = b.left >= m.left - 1 && b.right <= m.right + 1 && b.top >= m.top - 1"
                + " && b.bottom <= m.bottom + 1;"
                + " return inside ? Math.max(b.width / m.width, b.height / m.height) : -1;";
        try {
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d ->
                    ((Number) browser.script(filled)).doubleValue() > 0.7);
        } catch (org.openqa.selenium.TimeoutException e) {
            // reported below with the share reached
        }
        assertThat(((Number) browser.script(filled)).doubleValue())
                .as("share of the map the country spans, inside it (-1: outside), at %s", when).isGreaterThan(0.7);
    }

    private static void waitForOutline(Browser browser) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(browser.script(
                "const m = document.getElementById('partner-map');"
                        + " return m && !m.hidden && m.querySelector('.leaflet-overlay-pane path') !== null;")));
    }

    private static void waitForMap(Browser browser) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> Boolean.TRUE.equals(browser.script(
                "const m = document.getElementById('partner-map');"
                        + " return m && !m.hidden && m.querySelector('path.leaflet-interactive') !== null;")));
    }

    private static boolean wide(Browser browser) {
        long scrollWidth = ((Number) browser.script("return document.documentElement.scrollWidth")).longValue();
        long innerWidth = ((Number) browser.script("return window.innerWidth")).longValue();
        return scrollWidth > innerWidth;
    }
}
