package org.sankofa.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts one headless Chromium (Debian's {@code chromium} and {@code chromedriver} packages) per test class and
 * hands it to the tests as a {@link Browser} parameter. Both binaries are given explicitly, so Selenium Manager
 * is never run and nothing is downloaded.
 * <p>
 * Without the binaries the tests are skipped on a developer's machine, but in CI ({@code CI=true}) they fail:
 * a green build must mean the journeys ran. Each test starts without cookies; a failed test leaves a screenshot
 * {@code NN-failed-<test>.png} beside the step screenshots in {@code target/screenshots/<TestClass>/}. A test that
 * showed a page with an axe-core violation of impact serious or critical fails after it ({@link Browser#step});
 * axe-core is preloaded into every document ({@link Axe#preload}).
 * The binaries can be moved with the system properties {@code sankofa.browser.binary} and
 * {@code sankofa.browser.driver}.
 */
public class BrowserExtension implements BeforeAllCallback, AfterAllCallback, AfterEachCallback, TestWatcher,
        ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(BrowserExtension.class);
    private static final String BROWSER = "browser";

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        File binary = new File(System.getProperty("sankofa.browser.binary", "/usr/bin/chromium"));
        File driverExecutable = new File(System.getProperty("sankofa.browser.driver", "/usr/bin/chromedriver"));
        boolean present = binary.canExecute() && driverExecutable.canExecute();
        if (!present) {
            String missing = "Chromium (" + binary + ") or chromedriver (" + driverExecutable + ") is missing; "
                    + "install them with: apt-get install -y chromium chromium-driver";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(missing + " (CI=true: browser tests must run)");
            }
            Assumptions.abort(missing);
        }
        Path screenshots = Paths.get("target", "screenshots", context.getRequiredTestClass().getSimpleName());
        deleteRecursively(screenshots);
        Path profile = Files.createTempDirectory("sankofa-chromium-");

        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,900", "--lang=en-GB",
                "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driverExecutable)
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Axe.preload(driver);
        store(context).put(BROWSER, new Session(new Browser(driver, screenshots), driver, profile));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        browser(context).ifPresent(browser -> {
            browser.forgetVisitor();
            List<String> problems = browser.accessibilityProblems();
            if (!problems.isEmpty() && context.getExecutionException().isEmpty()) {
                throw new AssertionError("axe-core " + Axe.VERSION + " found serious or critical violations on the"
                        + " pages this test showed:\n" + String.join("\n", problems));
            }
        });
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        browser(context).ifPresent(browser -> {
            try {
                browser.step("failed " + context.getRequiredTestMethod().getName());
            } catch (RuntimeException e) {
                cause.addSuppressed(e);
            }
        });
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        Session session = store(context).remove(BROWSER, Session.class);
        if (session != null) {
            try {
                Files.createDirectories(session.browser().screenshots());
                Files.writeString(session.browser().screenshots().resolve("time.txt"), "milliseconds by step: "
                        + session.browser().millis() + "\n");
                session.driver().quit();
            } finally {
                deleteRecursively(session.profile());
            }
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return browser(context).orElseThrow(() -> new IllegalStateException("no browser for this test class"));
    }

    private static Optional<Browser> browser(ExtensionContext context) {
        ExtensionContext classContext = context;
        while (classContext.getParent().isPresent() && classContext.getTestMethod().isPresent()) {
            classContext = classContext.getParent().get();
        }
        return Optional.ofNullable(store(classContext).get(BROWSER, Session.class)).map(Session::browser);
    }

    private static ExtensionContext.Store store(ExtensionContext context) {
        return context.getStore(NAMESPACE);
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    private record Session(Browser browser, ChromeDriver driver, Path profile) {
    }
}
