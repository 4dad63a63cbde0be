package org.sankofa.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sankofa.directory.Directory;
import org.sankofa.identity.UserAccounts;
import org.sankofa.support.Axe;
import org.sankofa.support.Browser;
import org.sankofa.support.BrowserExtension;
import org.sankofa.support.DemoUsers;
import org.sankofa.support.RawCodes;
import org.sankofa.support.SankofaTest;
import org.sankofa.support.TourFindings;
import org.sankofa.support.TourFindings.Kind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tour of every role, as issue 11 asks: each demo user signs in and visits every page of their navigation and, for a
 * list, its first item, in French and Portuguese (and English in a full tour), at 1366 px and at 390 px. A page is
 * checked for a message
 * key shown as {@code ??key??}, a code of a code list shown as text ({@link RawCodes}), horizontal overflow at
 * 390 px and axe-core violations of impact serious or critical ({@link Axe}); every same-origin link on those pages is then
 * requested with the user's session, and one that answers 4xx or 5xx is a finding.
 * <p>
 * <b>What a build checks</b> (the default): one demo user per role (the Conakry case worker and supervisor hold the
 * roles of their Dakar colleagues), and
 * <ul>
 * <li>in the first language (French), every page at both widths with every check;</li>
 * <li>in Portuguese, the pages whose content this user is the first of the tour to be shown: at 1366 px
 * with every check (message keys, raw codes, axe), at 390 px for overflow (the phone layout is the same document
 * laid out again; axe has checked it at 390 px in French). A page whose French content another user was shown
 * first — the directory, the plans, the matrix as most roles see them — is the same template on the same data, so
 * it is not visited again in Portuguese: what that user's tour found there is told for this user too;</li>
 * <li>every link found, requested with the user's session.</li>
 * </ul>
 * A content already checked in a language at a width is never checked twice: its problems are told again.
 * {@code -Dsankofa.tour.full=true} visits every page in French, Portuguese and English and checks it at both widths
 * with axe, keeping a screenshot of each (about four times as long), and {@code -Dsankofa.tour.users=all} tours every demo user ({@code =a,b} only those):
 * {@code ./mvnw -o test -Dtest=RoleTourBrowserTest -Dsankofa.tour.full=true -Dsankofa.tour.users=all}.
 * <p>
 * Every problem of the run is collected and reported in one failure, grouped by kind (also written to
 * {@code target/screenshots/RoleTourBrowserTest/findings.txt}, with the axe counts per page and where the time went
 * in {@code axe.txt}); a page with a problem leaves a screenshot of the language and width where it was found under
 * {@code target/screenshots/RoleTourBrowserTest/<user>/}. One browser serves the whole tour, a user signs in once, and a page is loaded once per language: the
 * second width is the same document laid out again. It is tagged {@code tour}, so it can also be run alone
 * ({@code ./mvnw -o test -Dgroups=tour}).
 */
@SankofaTest
@ExtendWith(BrowserExtension.class)
@Tag("tour")
class RoleTourBrowserTest {

    /**
     * French and Portuguese by default; English too in a full tour. English is the bundles' base: a key missing from
     * it is missing in every language (and {@code MessageBundleTests} finds it), its labels are the shortest of the
     * three, and every other test reads the pages in English. The tour leaves the demo users' accounts in English,
     * their own.
     */
    private static final List<String> LANGUAGES = Boolean.getBoolean("sankofa.tour.full") ? List.of("fr", "pt", "en")
            : List.of("fr", "pt");
    private static final int WIDE = 1366;
    private static final int PHONE = 390;
    private static final Map<Integer, Integer> HEIGHTS = Map.of(WIDE, 900, PHONE, 844);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*|value=\"[^\"]*\"(?=[^>]*name=\"_csrf\")");
    /** Links of one kind (e.g. {@code /cases/{id}}) requested per user: enough to see a rule, not every row. */
    private static final int LINKS_PER_PATTERN = 3;
    private static final Pattern MISSING_MESSAGE = Pattern.compile("\\?\\?[^?<>\\s\"]+\\?\\?");
    /** Links that are not pages to open: downloads are requested all the same, sign-out is a form. */
    private static final Set<String> NOT_FOLLOWED = Set.of("/logout");
    /** Every page in every language at both widths with every check: {@code -Dsankofa.tour.full=true}. */
    private static final boolean FULL = Boolean.getBoolean("sankofa.tour.full");

    private static final String VISIBLE_TEXT = """
            const out = [];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            while (walker.nextNode()) {
                const node = walker.currentNode, parent = node.parentElement;
                if (!parent || parent.closest('script, style, noscript, template')) continue;
                // a code explained where it stands: an abbreviation with its title, a map's label with its own
                if (parent.closest('abbr[title]') || parent.closest('text')?.querySelector(':scope > title')) continue;
                const option = parent.closest('option');
                const shown = option ? option.closest('select') : parent;
                if (!shown || !shown.checkVisibility({visibilityProperty: true})) continue;
                const text = node.textContent.trim();
                if (text) out.push(text);
            }
            return out;
            """;

    private static final String SAME_ORIGIN_LINKS = """
            return [...document.querySelectorAll(arguments[0])]
                .filter(a => a.origin === location.origin)
                .map(a => a.pathname + a.search);
            """;

    @LocalServerPort
    int port;

    @Autowired
    UserAccounts users;

    @Autowired
    Directory directory;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private int views;
    /** Page visits left out because another user was shown the same content first (not in a full tour). */
    private int skipped;

    @BeforeEach
    void pointAtApplication(Browser browser) {
        browser.at(port);
    }

    @Test
    void everyRoleSeesEveryPageOfItsNavigationRightInEveryLanguageAndAtBothWidths(Browser browser) throws Exception {
        RawCodes rawCodes = RawCodes.load(LANGUAGES, names());
        TourFindings findings = new TourFindings();
        Map<String, Map<String, Set<String>>> axeByPage = new TreeMap<>();
        List<String> tourists = tourists();
        long started = System.nanoTime();
        Map<String, List<Problem>> checked = new HashMap<>();
        Map<String, Map<String, List<String>>> later = new HashMap<>();
        try {
            for (String user : tourists) {
                tour(browser, user, rawCodes, findings, axeByPage, checked, later);
            }
        } finally {
            for (String user : tourists) {
                users.findByUsername(user).ifPresent(account -> users.changeLocale(account.id(), "en"));
            }
            browser.viewport(WIDE, HEIGHTS.get(WIDE));
        }
        Path reports = Path.of("target", "screenshots", getClass().getSimpleName());
        findings.write(reports.resolve("findings.txt"));
        writeAxeCounts(reports.resolve("axe.txt"), axeByPage, views, started);

        assertThat(views).as("pages checked").isPositive();
        assertThat(findings.isEmpty()).as("the tour of %s found:%n%s", tourists, findings.report()).isTrue();
    }

    /**
     * Tours one user's pages: every page in the first language at both widths; in the other languages, by default,
     * the pages whose content this user is the first to be shown (see the class's description).
     */
    private void tour(Browser browser, String user, RawCodes rawCodes, TourFindings findings,
            Map<String, Map<String, Set<String>>> axeByPage, Map<String, List<Problem>> checked,
            Map<String, Map<String, List<String>>> later) throws Exception {
        browser.viewport(WIDE, HEIGHTS.get(WIDE));
        browser.open("/login").signIn(user, DemoUsers.PASSWORD);
        assertThat(browser.path()).as("%s signs in", user).isEqualTo("/");
        List<String> navigation = navigation(browser);
        List<String> pages = new ArrayList<>(navigation);
        Map<String, String> foundOn = new LinkedHashMap<>();
        /* each page's content in the first language at 1366 px (its key), and the pages first shown to this user */
        Map<String, String> firstKeys = new HashMap<>();
        Set<String> own = new HashSet<>();
        int width = WIDE;
        for (String language : LANGUAGES) {
            boolean first = language.equals(LANGUAGES.get(0));
            chooseLanguage(browser, language);
            for (int i = 0; i < pages.size(); i++) {
                String page = pages.get(i);
                if (!first && !FULL && !own.contains(page)) {
                    // another user was shown this content first: tell what their tour found in this language
                    for (String key : later.getOrDefault(firstKeys.get(page), Map.of()).getOrDefault(language,
                            List.of())) {
                        tell(checked.get(key), user, language, page, findings, axeByPage);
                    }
                    skipped++;
                    continue;
                }
                long t0 = System.nanoTime();
                browser.driver().get(browser.url(page));
                settled(browser);
                took("load", t0);
                if (first) {
                    if (navigation.contains(page)) {
                        firstItem(browser, page, pages).ifPresent(item -> pages.add(pages.indexOf(page) + 1, item));
                    }
                    for (String link : links(browser, "a[href]")) {
                        foundOn.putIfAbsent(link, page);
                    }
                }
                for (int pass = 0; pass < 2; pass++) {
                    boolean light = !first && !FULL && width == PHONE;
                    Checked seen = check(browser, user, language, width, page, light, rawCodes, findings,
                            axeByPage, checked);
                    if (first && width == WIDE) {
                        firstKeys.put(page, seen.key());
                        if (seen.isNew()) {
                            own.add(page);
                        }
                    }
                    if (own.contains(page) && firstKeys.containsKey(page)) {
                        later.computeIfAbsent(firstKeys.get(page), k -> new HashMap<>())
                                .computeIfAbsent(language, l -> new ArrayList<>()).add(seen.key());
                    }
                    if (pass == 0) {
                        width = width == WIDE ? PHONE : WIDE;
                        browser.viewport(width, HEIGHTS.get(width));
                    }
                }
            }
        }
        long t0 = System.nanoTime();
        checkLinks(browser, user, foundOn, findings);
        took("links", t0);
        browser.viewport(WIDE, HEIGHTS.get(WIDE));
        browser.signOut();
    }

    /** Where the tour's time goes (milliseconds per step), written beside the axe counts. */
    private final Map<String, Long> millis = new TreeMap<>();

    private void took(String what, long since) {
        millis.merge(what, (System.nanoTime() - since) / 1_000_000, Long::sum);
    }

    /** A problem of a page's content, kept to be told again for another user who is shown the same content. */
    private record Problem(Kind kind, int width, String detail, String example, String rule, List<String> targets) {
    }

    /** The content checked (its key in the map of checks) and whether it was checked for the first time. */
    private record Checked(String key, boolean isNew) {
    }

    /**
     * Checks the page shown at the current width. A page whose content ({@code <main>}, less its CSRF tokens) was
     * already checked in this language at this width — the directory, the plans, the matrix as most roles see them —
     * is not checked again: its problems are told again for this user. The header, which differs by user, is checked
     * on the pages of their own. A light check (at 390 px in the second and third languages) looks for overflow only.
     */
    private Checked check(Browser browser, String user, String language, int width, String page, boolean light,
            RawCodes rawCodes, TourFindings findings, Map<String, Map<String, Set<String>>> axeByPage,
            Map<String, List<Problem>> checked) {
        String content = (String) browser.script("const main = document.querySelector('main');"
                + " return main ? main.outerHTML : document.body.outerHTML;");
        String key = language + " " + width + (light ? " light " : " ") + CSRF.matcher(content).replaceAll("");
        List<Problem> problems = checked.get(key);
        boolean isNew = problems == null;
        if (isNew) {
            problems = problems(browser, user, language, width, page, light, rawCodes);
            checked.put(key, problems);
            views++;
        }
        tell(problems, user, language, page, findings, axeByPage);
        return new Checked(key, isNew);
    }

    /** Adds the problems of a content to the findings, as seen by this user on this page. */
    private static void tell(List<Problem> problems, String user, String language, String page,
            TourFindings findings, Map<String, Map<String, Set<String>>> axeByPage) {
        for (Problem problem : problems) {
            findings.add(problem.kind(), user, language, problem.width(), page, problem.detail(), problem.example());
            if (problem.kind() == Kind.ACCESSIBILITY) {
                axeByPage.computeIfAbsent(TourFindings.pattern(page), p -> new TreeMap<>())
                        .computeIfAbsent(problem.rule(), r -> new TreeSet<>()).addAll(problem.targets());
            }
        }
    }

    private List<Problem> problems(Browser browser, String user, String language, int width, String page,
            boolean light, RawCodes rawCodes) {
        List<Problem> problems = new ArrayList<>();
        long t0 = System.nanoTime();
        if (browser.path().startsWith("/login")) {
            problems.add(new Problem(Kind.BROKEN_LINK, width, "opening it shows the sign-in page", "", null, null));
        }
        if (width == WIDE) {
            Matcher missing = MISSING_MESSAGE.matcher(browser.driver().getPageSource());
            Set<String> keys = new LinkedHashSet<>();
            while (missing.find()) {
                keys.add(missing.group());
            }
            keys.forEach(k -> problems.add(new Problem(Kind.MISSING_MESSAGE, 0, k, "", null, null)));
            @SuppressWarnings("unchecked")
            List<String> text = (List<String>) browser.script(VISIBLE_TEXT);
            rawCodes.in(text, language).forEach(found -> problems.add(new Problem(Kind.RAW_CODE, 0, found.code(),
                    "\"" + found.context() + "\"", null, null)));
        } else {
            Number laidOut = (Number) browser.script("return document.documentElement.scrollWidth;");
            Number screen = (Number) browser.script("return document.documentElement.clientWidth;");
            if (laidOut.intValue() > screen.intValue()) {
                problems.add(new Problem(Kind.OVERFLOW, width, "wider than the screen",
                        "laid out " + laidOut + " px wide", null, null));
            }
        }
        took("text", t0);
        if (light) {
            return screenshot(browser, user, language, width, page, problems);
        }
        t0 = System.nanoTime();
        Axe.inject(browser.driver());
        took("axe-inject", t0);
        t0 = System.nanoTime();
        List<Axe.Violation> violations = Axe.violations(browser.driver());
        took("axe", t0);
        for (Axe.Violation violation : violations) {
            if (violation.blocking()) {
                String rule = violation.rule() + " [" + violation.impact() + "]";
                problems.add(new Problem(Kind.ACCESSIBILITY, width, rule + " " + violation.help(),
                        violation.targets().size() + " element(s): " + String.join(", ",
                                violation.targets().subList(0, Math.min(3, violation.targets().size()))),
                        rule, violation.targets()));
            }
        }
        return screenshot(browser, user, language, width, page, problems);
    }

    /** A page with a problem leaves a screenshot (every page checked does in a full tour). */
    private List<Problem> screenshot(Browser browser, String user, String language, int width, String page,
            List<Problem> problems) {
        if (FULL || !problems.isEmpty()) {
            long t0 = System.nanoTime();
            browser.screenshot(user + "/" + language + "-" + width + "-" + slug(page) + ".png");
            took("screenshot", t0);
        }
        return problems;
    }

    /**
     * Waits until the htmx requests a page starts on load have been answered: while one runs, its element is dimmed
     * ({@code .htmx-request}), which axe would rightly report as too little contrast.
     */
    private static void settled(Browser browser) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15)).until(driver -> Boolean.TRUE.equals(
                browser.script("return document.readyState === 'complete'"
                        + " && document.querySelector('.htmx-request, .htmx-settling, .htmx-swapping') === null;")));
    }

    /** The pages of the role's navigation and the profile, in their order, from the page shown. */
    private static List<String> navigation(Browser browser) {
        Set<String> pages = new LinkedHashSet<>(links(browser, "#main-nav a[href], header a#profile-link[href]"));
        pages.removeIf(page -> page.contains("#"));
        return new ArrayList<>(pages);
    }

    /**
     * The first item of a list page: the first link below the page's own path to an item with an id (e.g.
     * {@code /cases} → {@code /cases/123}), else the first link below it ({@code /directory/communities/ECOWAS}), else
     * the first link of a table row (a task → its case); never a download or a form for a new item.
     */
    private static Optional<String> firstItem(Browser browser, String page, List<String> pages) {
        String below = page.equals("/") ? "\u0000" : page.replaceAll("\\?.*$", "") + "/";
        List<String> candidates = links(browser, "main a[href]").stream()
                .filter(link -> !pages.contains(link) && !download(link) && !link.endsWith("/new")).toList();
        return candidates.stream().filter(link -> link.startsWith(below))
                .filter(link -> link.substring(below.length()).matches("\\d+([/?].*)?")).findFirst()
                .or(() -> candidates.stream().filter(link -> link.startsWith(below)).findFirst())
                .or(() -> links(browser, "main tbody a[href]").stream().filter(candidates::contains).findFirst());
    }

    /** A link to a file (an export, a download) rather than a page. */
    private static boolean download(String link) {
        return link.contains("/export") || link.matches(".*\\.(xlsx|pdf|csv|zip)(\\?.*)?$")
                || link.contains("/download") || link.contains("format=");
    }

    private static List<String> links(Browser browser, String selector) {
        @SuppressWarnings("unchecked")
        List<String> links = (List<String>) browser.script(SAME_ORIGIN_LINKS, selector);
        return links;
    }

    private static void chooseLanguage(Browser browser, String language) {
        if (!language.equals(browser.language())) {
            // the header's language form, submitted as it is without JavaScript (its button may be hidden)
            browser.navigate(() -> browser.script("const choice = document.getElementById('lang');"
                    + " choice.value = arguments[0]; choice.form.submit();", language));
        }
        assertThat(browser.language()).as("language chosen").isEqualTo(language);
    }

    /** Requests every link found on the user's pages with their session: a 4xx or 5xx is a link they cannot open. */
    private void checkLinks(Browser browser, String user, Map<String, String> foundOn, TourFindings findings)
            throws Exception {
        Cookie session = browser.driver().manage().getCookieNamed("SESSION");
        assertThat(session).as("session cookie of %s", user).isNotNull();
        Map<String, Integer> perPattern = new HashMap<>();
        for (var link : foundOn.entrySet()) {
            if (NOT_FOLLOWED.contains(link.getKey())
                    || perPattern.merge(TourFindings.pattern(link.getKey()), 1, Integer::sum) > LINKS_PER_PATTERN) {
                continue;
            }
            HttpRequest request = HttpRequest.newBuilder(URI.create(browser.url(link.getKey())))
                    .header("Cookie", "SESSION=" + session.getValue()).timeout(Duration.ofSeconds(30)).GET().build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            String location = response.headers().firstValue("Location").orElse("");
            if (status >= 400) {
                findings.add(Kind.BROKEN_LINK, user, "any", 0, link.getValue(),
                        "link " + TourFindings.pattern(link.getKey()) + " answers " + status, link.getKey());
            } else if (status >= 300 && location.contains("/login")) {
                findings.add(Kind.BROKEN_LINK, user, "any", 0, link.getValue(),
                        "link " + TourFindings.pattern(link.getKey()) + " sends to the sign-in page", link.getKey());
            }
        }
    }

    /** The names every page may show in any language: organisations, offices, communities and their codes. */
    private List<String> names() {
        List<String> names = new ArrayList<>(directory.communityCodes());
        directory.organisations().forEach(o -> {
            names.add(o.name());
            if (o.acronym() != null) {
                names.add(o.acronym());
            }
        });
        directory.offices().forEach(o -> {
            names.add(o.name());
            names.add(o.code());
        });
        return names;
    }

    /**
     * One demo user per role by default (the Conakry case worker and supervisor hold the roles of their Dakar
     * colleagues); {@code -Dsankofa.tour.users=all} tours every demo user, a list of names only those.
     */
    private static List<String> tourists() {
        String only = System.getProperty("sankofa.tour.users", "");
        if (only.equals("all")) {
            return DemoUsers.ALL;
        }
        if (only.isBlank()) {
            return DemoUsers.ALL.stream().filter(user -> !user.endsWith(".conakry")).toList();
        }
        return Arrays.stream(only.split(",")).map(String::trim).toList();
    }

    private static String slug(String page) {
        String slug = page.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "home" : slug;
    }

    private void writeAxeCounts(Path file, Map<String, Map<String, Set<String>>> axeByPage, int views,
            long started) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("axe-core ").append(Axe.VERSION).append(": ").append(views).append(" page views checked in ")
                .append((System.nanoTime() - started) / 1_000_000_000L).append(" s").append(FULL ? " (full tour)"
                        : ", " + skipped + " page visits in a second or third language left out (shown to another"
                        + " user first)").append('\n');
        out.append("milliseconds by step: ").append(millis).append('\n');
        out.append("page | serious or critical elements (distinct, every role, language and width) | rules\n");
        axeByPage.forEach((page, rules) -> out.append(page).append(" | ")
                .append(rules.values().stream().mapToInt(Set::size).sum()).append(" | ")
                .append(rules.entrySet().stream().map(r -> r.getKey() + " ×" + r.getValue().size()).toList())
                .append('\n'));
        Files.createDirectories(file.getParent());
        Files.writeString(file, out);
    }
}
