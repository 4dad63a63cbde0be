import java.io.IOException;
import java.io.PrintWriter;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The load of bench/two-nodes.sh: USERS concurrent users of the pages, each with its own cookie jar (its own session),
 * for SECONDS seconds, through the proxy in front of the two nodes. Each user signs in once through the login form,
 * then repeats: the case list, the new-case form, registers a case (POST /cases), opens it, opens its notes and
 * records a note (POST /cases/{id}/notes), with a short pause between requests; every fourth user is a supervisor
 * who then records the guardian's consent to cross-border sharing and asks for the case to be transferred to the
 * office TRANSFER_TO_OFFICE_ID (an event whose listener writes one notice to that office).
 *
 * <p>Run with {@code java bench/TwoNodesLoad.java BASE_URL USERS SECONDS KILL_FILE OUT_DIR TRANSFER_TO_OFFICE_ID}. The script writes the
 * moment it killed a node (epoch milliseconds) into KILL_FILE; requests are counted before and after it by the time
 * they were sent. A request answered by a redirect to /login is a lost session: the user signs in again and it is
 * counted. Writes answered with success are listed in OUT_DIR/cases.txt (case id) and OUT_DIR/notes.txt (case id,
 * one line per note) and OUT_DIR/transfers.txt (case id) for the script to look them up in the database. Only talks to 127.0.0.1 / localhost.
 */
public class TwoNodesLoad {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern CASE_LOCATION = Pattern.compile("/cases/(\\d+)$");
    /** Every fourth user is a supervisor, who also asks for the case to be transferred (an event and a notice). */
    private static final String[] USERNAMES = {"caseworker.dakar", "caseworker.conakry", "caseworker.dakar",
            "supervisor.dakar"};

    record Sample(String kind, long sentAtMs, long nanos, boolean ok) {
    }

    static final List<Sample> SAMPLES = Collections.synchronizedList(new ArrayList<>());
    static final List<Long> CASES = Collections.synchronizedList(new ArrayList<>());
    static final List<Long> NOTES = Collections.synchronizedList(new ArrayList<>());
    static final List<Long> TRANSFERS = Collections.synchronizedList(new ArrayList<>());
    static final Map<String, String> FIRST_ERRORS = new ConcurrentHashMap<>();
    static final AtomicInteger SIGN_INS = new AtomicInteger();
    static final AtomicInteger LOST_SESSIONS = new AtomicInteger();

    public static void main(String[] args) throws Exception {
        if (args.length != 6) {
            System.err.println("usage: java bench/TwoNodesLoad.java BASE_URL USERS SECONDS KILL_FILE OUT_DIR "
                    + "TRANSFER_TO_OFFICE_ID");
            System.exit(64);
        }
        String base = args[0].replaceAll("/+$", "");
        String host = URI.create(base).getHost();
        if (!"127.0.0.1".equals(host) && !"localhost".equals(host)) {
            System.err.println("refusing to load anything but 127.0.0.1 / localhost: " + host);
            System.exit(64);
        }
        int users = Integer.parseInt(args[1]);
        long until = System.currentTimeMillis() + Long.parseLong(args[2]) * 1000;
        Path killFile = Path.of(args[3]);
        Path out = Path.of(args[4]);
        String transferTo = args[5];

        ExecutorService pool = Executors.newFixedThreadPool(users);
        List<Future<?>> running = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            User user = new User(base, USERNAMES[i % USERNAMES.length], i, transferTo);
            running.add(pool.submit(() -> {
                user.run(until);
                return null;
            }));
        }
        for (Future<?> f : running) {
            f.get();
        }
        pool.shutdown();

        long killedAt = Files.exists(killFile) ? Long.parseLong(Files.readString(killFile).trim()) : Long.MAX_VALUE;
        report(users, killedAt);
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("cases.txt")))) {
            CASES.forEach(w::println);
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("notes.txt")))) {
            NOTES.forEach(w::println);
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("transfers.txt")))) {
            TRANSFERS.forEach(w::println);
        }
    }

    static void report(int users, long killedAt) {
        List<Sample> all;
        synchronized (SAMPLES) {
            all = new ArrayList<>(SAMPLES);
        }
        System.out.printf("users %d, sign-ins %d (one per user at the start; more = a session was lost), "
                + "requests answered by a redirect to the login page: %d%n", users, SIGN_INS.get(),
                LOST_SESSIONS.get());
        System.out.println("phase      requests  errors   p50 ms   p95 ms   p99 ms   max ms   req/s");
        line("before", all.stream().filter(s -> s.sentAtMs() < killedAt).toList());
        line("after", all.stream().filter(s -> s.sentAtMs() >= killedAt).toList());
        line("  0-10s", all.stream().filter(s -> s.sentAtMs() >= killedAt && s.sentAtMs() < killedAt + 10_000)
                .toList());
        line("all", all);
        for (String kind : List.of("list", "form", "register", "view", "notes", "note", "consent",
                "transfer")) {
            line("  " + kind, all.stream().filter(s -> s.kind().equals(kind)).toList());
        }
        if (killedAt != Long.MAX_VALUE) {
            List<Sample> failed = all.stream().filter(s -> !s.ok()).toList();
            String around = failed.stream()
                    .map(s -> String.format("%+d ms %s", s.sentAtMs() - killedAt, s.kind()))
                    .collect(Collectors.joining(", "));
            System.out.println("failed requests, sent relative to the kill: " + (around.isEmpty() ? "none" : around));
        }
        FIRST_ERRORS.forEach((kind, error) -> System.out.println("first error of " + kind + ": " + error));
        System.out.printf("writes acknowledged: %d cases, %d notes, %d transfer requests%n", CASES.size(),
                NOTES.size(), TRANSFERS.size());
    }

    static void line(String phase, List<Sample> samples) {
        if (samples.isEmpty()) {
            System.out.printf("%-10s %8d%n", phase, 0);
            return;
        }
        long[] sorted = samples.stream().mapToLong(Sample::nanos).sorted().toArray();
        long errors = samples.stream().filter(s -> !s.ok()).count();
        long first = samples.stream().mapToLong(Sample::sentAtMs).min().orElse(0);
        long last = samples.stream().mapToLong(Sample::sentAtMs).max().orElse(0);
        double seconds = Math.max(1, last - first) / 1000.0;
        System.out.printf("%-10s %8d %7d %8.1f %8.1f %8.1f %8.1f %7.1f%n", phase, samples.size(), errors,
                pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), sorted[sorted.length - 1] / 1e6,
                samples.size() / seconds);
    }

    static double pct(long[] sorted, double p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    /** One person at a browser: one cookie jar, so one session, kept across the two nodes. */
    static final class User {

        private final String base;
        private final String username;
        private final HttpClient http;
        private final Random random;
        private final String transferTo;
        private String csrf;

        User(String base, String username, int number, String transferTo) {
            this.base = base;
            this.username = username;
            this.transferTo = transferTo;
            this.random = new Random(number);
            CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
            this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(5)).build();
        }

        void run(long until) throws InterruptedException {
            while (!signIn() && System.currentTimeMillis() < until) {
                Thread.sleep(500);
            }
            while (System.currentTimeMillis() < until) {
                try {
                    cycle();
                } catch (IOException e) {
                    // counted in the sample; go on with the next cycle
                }
            }
        }

        private boolean signIn() throws InterruptedException {
            try {
                HttpResponse<String> login = send(get("/login"));
                remember(login.body());
                HttpResponse<String> done = send(post("/login", "username", username, "password",
                        "sankofa-demo", "_csrf", csrf));
                String location = done.headers().firstValue("Location").orElse("");
                if (done.statusCode() == 302 && !location.contains("/login")) {
                    SIGN_INS.incrementAndGet();
                    return true;
                }
                FIRST_ERRORS.putIfAbsent("signin", done.statusCode() + " -> " + location);
            } catch (IOException e) {
                FIRST_ERRORS.putIfAbsent("signin", e.toString());
            }
            return false;
        }

        private void cycle() throws IOException, InterruptedException {
            page("list", get("/cases"));
            pause();
            page("form", get("/cases/new"));
            pause();
            String family = "Bench" + (char) ('A' + random.nextInt(26)) + Long.toString(random.nextLong() & 0xffffff, 36);
            HttpResponse<String> registered = page("register", post("/cases", "identifiedOn",
                    LocalDate.now().toString(), "identifiedCountry", "SN", "identifiedCity", "Dakar", "referralSource",
                    "Police", "traffickingStatus", "PossibleVictimOfTrafficking", "givenNames", "Awa", "familyName",
                    family, "sex", "Feminine", "estimatedAge", "12", "citizenship", "GN", "languages", "fr",
                    "guardianName", "Tante " + family, "guardianRelation", "OTHER_RELATIVE", "exploitationTypes",
                    "ForcedBegging", "controlMethods", "PhysicalThreats", "narrative", "Load test.",
                    "route[0].country", "GN", "route[0].role", "ORIGIN", "route[1].country", "SN", "route[1].role",
                    "DESTINATION", "_csrf", csrf));
            if (registered == null) {
                return;
            }
            Matcher id = CASE_LOCATION.matcher(registered.headers().firstValue("Location").orElse(""));
            if (!id.find()) {
                return;
            }
            long caseId = Long.parseLong(id.group(1));
            CASES.add(caseId);
            pause();
            page("view", get("/cases/" + caseId));
            pause();
            page("notes", get("/cases/" + caseId + "/notes"));
            pause();
            if (page("note", post("/cases/" + caseId + "/notes", "body", "Visit planned with the guardian.",
                    "_csrf", csrf)) != null) {
                NOTES.add(caseId);
            }
            pause();
            if (username.startsWith("supervisor.")) {
                HttpResponse<String> consent = page("consent", post("/cases/" + caseId + "/consents", "purpose",
                        "CROSS_BORDER_SHARING", "givenBy", "GUARDIAN", "givenOn", LocalDate.now().toString(),
                        "guardianConsent", "on", "childAssent", "on", "_csrf", csrf));
                pause();
                if (consent != null && page("transfer", post("/cases/" + caseId + "/transfer", "toOffice",
                        transferTo, "reason", "The family was found in Conakry.", "_csrf", csrf)) != null) {
                    TRANSFERS.add(caseId);
                }
                pause();
            }
        }

        /** Sends a request of the signed-in user; null unless it succeeded (2xx, or a redirect not to /login). */
        private HttpResponse<String> page(String kind, HttpRequest request) throws IOException, InterruptedException {
            long sentAt = System.currentTimeMillis();
            long start = System.nanoTime();
            HttpResponse<String> response;
            try {
                response = http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                SAMPLES.add(new Sample(kind, sentAt, System.nanoTime() - start, false));
                FIRST_ERRORS.putIfAbsent(kind, e.toString());
                throw e;
            }
            long nanos = System.nanoTime() - start;
            int status = response.statusCode();
            String location = response.headers().firstValue("Location").orElse("");
            boolean toLogin = status / 100 == 3 && location.contains("/login");
            boolean ok = (status / 100 == 2 || status / 100 == 3) && !toLogin;
            SAMPLES.add(new Sample(kind, sentAt, nanos, ok));
            if (toLogin) {
                LOST_SESSIONS.incrementAndGet();
                FIRST_ERRORS.putIfAbsent(kind, "redirected to " + location);
                signIn();
                return null;
            }
            if (!ok) {
                FIRST_ERRORS.putIfAbsent(kind, "HTTP " + status);
                return null;
            }
            remember(response.body());
            return response;
        }

        private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }

        private void remember(String html) {
            Matcher m = CSRF.matcher(html);
            if (m.find()) {
                csrf = m.group(1);
            }
        }

        private void pause() throws InterruptedException {
            Thread.sleep(100 + random.nextInt(200));
        }

        private HttpRequest get(String path) {
            return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                    .header("Accept-Language", "en").GET().build();
        }

        private HttpRequest post(String path, String... pairs) {
            StringBuilder form = new StringBuilder();
            for (int i = 0; i < pairs.length; i += 2) {
                if (form.length() > 0) {
                    form.append('&');
                }
                form.append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(pairs[i + 1] == null ? "" : pairs[i + 1], StandardCharsets.UTF_8));
            }
            return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                    .header("Accept-Language", "en").header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build();
        }
    }
}
