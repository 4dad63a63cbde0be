package org.sankofa.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium shared by the tests of a class (see {@link BrowserExtension}), with the few actions the
 * journeys need. Every action that changes the page saves a numbered screenshot under
 * {@code target/screenshots/<TestClass>/}, so a failed run can be read step by step, and is checked with axe-core:
 * each page content seen for the first time in the test class is checked once, and a violation of impact serious or
 * critical fails the test that showed it ({@link BrowserExtension}, after each test).
 */
public final class Browser {

    private static final Duration WAIT = Duration.ofSeconds(15);
    /** Swagger UI, served as springdoc bundles it: a page Sankofa does not write, so not one it can correct. */
    private static final String THIRD_PARTY = "/swagger-ui/";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*|value=\"[^\"]*\"(?=[^>]*name=\"_csrf\")");

    private final WebDriver driver;
    private final Path screenshots;
    private int step;
    private String baseUrl;
    /** The contents (path pattern and main content) already checked with axe in this test class. */
    private final Set<String> checked = new HashSet<>();
    /** Blocking axe violations seen since the last {@link #accessibilityProblems()}. */
    private final List<String> problems = new ArrayList<>();

    /** Where the class's browser time went in its steps, in milliseconds: screenshots and axe. */
    private final Map<String, Long> millis = new java.util.TreeMap<>();

    Browser(WebDriver driver, Path screenshots) {
        this.driver = driver;
        this.screenshots = screenshots;
    }

    /** The application under test, e.g. from {@code @LocalServerPort}. */
    public Browser at(int port) {
        this.baseUrl = "http://localhost:" + port;
        return this;
    }

    public WebDriver driver() {
        return driver;
    }

    /** Loads a page of the application by its path. */
    public Browser open(String path) {
        driver.get(url(path));
        return step("open " + path);
    }

    public String url(String path) {
        if (baseUrl == null) {
            throw new IllegalStateException("call at(port) first");
        }
        return baseUrl + path;
    }

    /** The path (and query) of the page shown. */
    public String path() {
        String current = driver.getCurrentUrl();
        return current != null && current.startsWith(baseUrl) ? current.substring(baseUrl.length()) : current;
    }

    /** Fills the sign-in form of the page shown (the login page) and submits it. */
    public Browser signIn(String username, String password) {
        if (driver.findElements(By.id("login-form")).isEmpty()) {
            open("/login");
        }
        WebElement form = driver.findElement(By.id("login-form"));
        form.findElement(By.id("username")).clear();
        form.findElement(By.id("username")).sendKeys(username);
        form.findElement(By.id("password")).sendKeys(password);
        submit(form.findElement(By.cssSelector("button[type=submit]")));
        return step("sign in " + username);
    }

    /** Uses the sign-out button of the header; the browser lands on the login page. */
    public Browser signOut() {
        submit(driver.findElement(By.cssSelector("form[action$='/logout'] button")));
        waitFor(By.id("login-form"));
        return step("sign out");
    }

    /** Clicks a submit button and waits until the next page has replaced this one. */
    public void submit(WebElement button) {
        navigate(button::click);
    }

    /**
     * Does something that loads another page (a click, a choice that submits a form) and waits until the new
     * document has replaced this one and finished loading. The old page is marked with a script variable that the
     * new one does not have, which is reliable where waiting for a stale element races with the navigation.
     */
    public void navigate(Runnable action) {
        String marker = UUID.randomUUID().toString();
        script("window.sankofaTestPage = arguments[0];", marker);
        action.run();
        new WebDriverWait(driver, WAIT).ignoring(WebDriverException.class).until(d -> Boolean.TRUE.equals(
                ((JavascriptExecutor) d).executeScript("return document.readyState === 'complete' "
                        + "&& window.sankofaTestPage !== arguments[0];", marker)));
    }

    public WebElement waitFor(By locator) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    public WebElement find(By locator) {
        return driver.findElement(locator);
    }

    public List<WebElement> findAll(By locator) {
        return driver.findElements(locator);
    }

    /** Replaces the text of the field with this id. */
    public Browser type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Sets an input's value directly (date inputs take their value in the browser's locale when typed). */
    public Browser value(String id, String value) {
        script("document.getElementById(arguments[0]).value = arguments[1];", id, value);
        return this;
    }

    /** Chooses the option with this value in the select with this id. */
    public Browser choose(String id, String value) {
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id(id))).selectByValue(value);
        return this;
    }

    /** Ticks a checkbox (leaves it ticked if it already is). */
    public Browser tick(By locator) {
        WebElement box = driver.findElement(locator);
        if (!box.isSelected()) {
            box.click();
        }
        return this;
    }

    /** The text of the page's main content. */
    public String mainText() {
        return driver.findElement(By.tagName("main")).getText();
    }

    /** The language of the page, from {@code <html lang>}. */
    public String language() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Saves a screenshot named after the step: {@code 07-sign-in-admin.png}. */
    public Browser step(String name) {
        step++;
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60);
        }
        long t0 = System.nanoTime();
        save(screenshots.resolve(String.format("%02d-%s.png", step, slug)));
        took("step screenshots", t0);
        t0 = System.nanoTime();
        checkAccessibility(name);
        took("step axe", t0);
        return this;
    }

    /**
     * Runs axe over the page shown once it has settled (no htmx request running: its element is dimmed meanwhile),
     * unless the same content was checked before in this test class.
     */
    private void checkAccessibility(String name) {
        if (baseUrl == null || !String.valueOf(driver.getCurrentUrl()).startsWith(baseUrl)
                || path().startsWith(THIRD_PARTY)) {
            return;
        }
        try {
            new WebDriverWait(driver, WAIT).until(d -> Boolean.TRUE.equals(script("return document.readyState"
                    + " === 'complete' && document.querySelector('.htmx-request, .htmx-settling, .htmx-swapping')"
                    + " === null;")));
            String content = (String) script("const main = document.querySelector('main');"
                    + " return main ? main.outerHTML : document.body.outerHTML;");
            String page = path().replaceAll("\\?.*$", "").replaceAll("/\\d+(?=/|$)", "/{id}");
            if (!checked.add(page + " " + CSRF.matcher(content).replaceAll(""))) {
                return;
            }
            for (Axe.Violation violation : Axe.violations(driver)) {
                if (violation.blocking()) {
                    problems.add(String.format("%s (step %d, %s): %s [%s] %s — %s", page, step, name,
                            violation.rule(), violation.impact(), violation.help(),
                            violation.targets().subList(0, Math.min(5, violation.targets().size()))));
                }
            }
        } catch (WebDriverException e) {
            // the page went away while it was being checked (a navigation the step started): the next step checks
        }
    }

    private void took(String what, long since) {
        millis.merge(what, (System.nanoTime() - since) / 1_000_000, Long::sum);
    }

    /** Where the browser's time went in this class (milliseconds by step), for {@code time.txt}. */
    Map<String, Long> millis() {
        return millis;
    }

    Path screenshots() {
        return screenshots;
    }

    /** The blocking axe violations seen since the last call, then forgotten. */
    List<String> accessibilityProblems() {
        List<String> seen = List.copyOf(problems);
        problems.clear();
        return seen;
    }

    /**
     * Lays the page out as a screen of this size (CSS pixels) without reloading it: below 768 px as a phone, where
     * the page's viewport meta tag applies. Screenshots show exactly this viewport.
     */
    public Browser viewport(int width, int height) {
        ((HasCdp) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width,
                "height", height, "deviceScaleFactor", 1, "mobile", width < 768));
        return this;
    }

    /** Saves a screenshot of the viewport under a path of its own, e.g. {@code observer/fr-390-plans.png}. */
    public Browser screenshot(String relativePath) {
        save(screenshots.resolve(relativePath));
        return this;
    }

    void save(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, png());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The viewport as a PNG, from DevTools' {@code Page.captureScreenshot} with {@code optimizeForSpeed} (a third
     * faster than WebDriver's screenshot, which compresses harder; screenshots are a good part of a browser test's
     * time), or WebDriver's when DevTools does not answer.
     */
    private byte[] png() {
        try {
            Object data = ((HasCdp) driver).executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                    "optimizeForSpeed", true)).get("data");
            if (data instanceof String base64) {
                return java.util.Base64.getDecoder().decode(base64);
            }
        } catch (WebDriverException e) {
            // fall back on WebDriver's screenshot
        }
        return ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
    }

    /** Forgets cookies (session, language) so that each test starts as a new visitor. */
    public void forgetVisitor() {
        if (baseUrl != null && driver.getCurrentUrl() != null && driver.getCurrentUrl().startsWith(baseUrl)) {
            driver.manage().deleteAllCookies();
        }
    }
}
