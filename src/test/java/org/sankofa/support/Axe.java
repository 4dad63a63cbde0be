package org.sankofa.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;

/**
 * axe-core (Deque, MPL-2.0), bundled from the npm package under {@code src/test/resources/axe/} — never loaded from
 * the network — injected into the page of a Selenium session to list its accessibility violations. The script is
 * run through WebDriver, which the page's Content-Security-Policy does not restrict, so the application needs no
 * exception for it.
 */
public final class Axe {

    /** The bundled version, as in {@code src/test/resources/axe/README.md}. */
    public static final String VERSION = "4.14.1";

    /** Subresource integrity of {@code axe.min.js} 4.14.1, from the package's {@code sri-history.json}. */
    static final String INTEGRITY = "sha256-KTSJmUUM3yhJqOcLeRL8LahahJ2jnA0NU5T1HUqe2Vw=";

    /** The impacts that fail a page: WCAG failures that block or seriously hinder someone. */
    public static final Set<String> BLOCKING = Set.of("serious", "critical");

    private static final Duration SCRIPT_TIMEOUT = Duration.ofSeconds(60);

    private static final String SOURCE = load();

    /** One rule a page breaks: its id, impact (minor, moderate, serious, critical), help text and the elements. */
    public record Violation(String rule, String impact, String help, List<String> targets) {

        public boolean blocking() {
            return BLOCKING.contains(impact);
        }
    }

    private Axe() {
    }

    /**
     * Runs axe over the page shown (injecting it once per document) and returns its violations, in axe's order.
     * Only the WCAG 2.0/2.1 A and AA rules and axe's best practices run; experimental rules do not.
     */
    public static List<Violation> violations(WebDriver driver) {
        inject(driver);
        JavascriptExecutor js = (JavascriptExecutor) driver;
        driver.manage().timeouts().scriptTimeout(SCRIPT_TIMEOUT);
        Object answer = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                window.axe.run(document, {
                    runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']},
                    resultTypes: ['violations']
                }).then(results => done(results.violations.map(v => ({
                    rule: v.id, impact: v.impact || 'minor', help: v.help,
                    targets: v.nodes.map(n => n.target.join(' '))
                })))).catch(e => done('axe failed: ' + e));
                """);
        if (!(answer instanceof List<?> list)) {
            throw new IllegalStateException(String.valueOf(answer));
        }
        return list.stream().map(Map.class::cast).map(v -> new Violation((String) v.get("rule"),
                (String) v.get("impact"), (String) v.get("help"),
                ((List<?>) v.get("targets")).stream().map(String::valueOf).toList())).toList();
    }

    /**
     * Makes axe part of every document the browser loads from now on (DevTools'
     * {@code Page.addScriptToEvaluateOnNewDocument}), for a browser that checks most of the pages it loads: the
     * script is then not sent over WebDriver for each page, which costs more than running it.
     */
    public static void preload(WebDriver driver) {
        ((HasCdp) driver).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", SOURCE));
    }

    /** Puts axe into the page shown, unless it is there already. */
    public static void inject(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            js.executeScript(SOURCE);
        }
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe/axe.min.js is missing from the test resources");
            }
            byte[] bytes = in.readAllBytes();
            String integrity = "sha256-" + Base64.getEncoder()
                    .encodeToString(MessageDigest.getInstance("SHA-256").digest(bytes));
            if (!INTEGRITY.equals(integrity)) {
                throw new IllegalStateException("axe/axe.min.js is not axe-core " + VERSION + " as published: "
                        + integrity + " instead of " + INTEGRITY + " (see src/test/resources/axe/README.md)");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
