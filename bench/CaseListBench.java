import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Latency of the case list API under concurrent clients, measured on the client side over loopback (the API sends
 * no Server-Timing header yet). Run with {@code java bench/CaseListBench.java BASE_URL TOKEN [clients,...]
 * [requests] [seconds]}, e.g. {@code java bench/CaseListBench.java http://127.0.0.1:8080 abc 4,8 400 30}.
 *
 * <p>For each scenario and each number of clients, sends at most {@code requests} requests (or stops after
 * {@code seconds}), after a warm-up of 20 requests, and prints p50, p95, p99, max and throughput. Only talks to
 * 127.0.0.1 / localhost. Exits with status 2 if the list endpoint is missing or answers an error.
 */
public class CaseListBench {

    record Scenario(String name, List<String> paths) {
    }

    record Stats(int count, int errors, double seconds, long[] sortedNanos) {

        double percentile(double p) {
            if (sortedNanos.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * sortedNanos.length) - 1;
            return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, index))] / 1e6;
        }
    }

    private static final Pattern NEXT = Pattern.compile("\"next\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--name-keys")) {
            printNameKeys(args[1]);
            return;
        }
        if (args.length > 0 && args[0].equals("--paths")) {
            runPaths(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length < 2) {
            System.err.println("usage: java bench/CaseListBench.java BASE_URL TOKEN [clients,...] [requests] [seconds]");
            System.exit(64);
        }
        String base = args[0].replaceAll("/+$", "");
        String host = URI.create(base).getHost();
        if (!"127.0.0.1".equals(host) && !"localhost".equals(host)) {
            System.err.println("refusing to load anything but 127.0.0.1 / localhost: " + host);
            System.exit(64);
        }
        String token = args[1];
        int[] clients = Arrays.stream((args.length > 2 ? args[2] : "4,8").split(",")).mapToInt(Integer::parseInt)
                .toArray();
        int requests = args.length > 3 ? Integer.parseInt(args[3]) : 400;
        int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 30;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        // Check the endpoint and find a cursor for "the next page".
        HttpResponse<String> first;
        try {
            first = get(http, base, token, "/api/v1/cases?size=25");
        } catch (java.io.IOException e) {
            System.err.println("FAILED: cannot reach " + base + ": " + e);
            System.exit(2);
            return;
        }
        if (first.statusCode() != 200 || !first.body().contains("\"items\"")) {
            System.err.println("FAILED: GET /api/v1/cases?size=25 answered " + first.statusCode()
                    + " — the case list API (items/next/total) is not there yet.");
            System.exit(2);
        }
        Matcher total = TOTAL.matcher(get(http, base, token, "/api/v1/cases?size=25&count=true").body());
        System.out.println("case list reachable; total for caseworker.dakar = " + (total.find() ? total.group(1) : "?"));
        List<String> cursors = new ArrayList<>();
        String path = "/api/v1/cases?size=25";
        for (int page = 0; page < 20; page++) {
            Matcher next = NEXT.matcher(get(http, base, token, path).body());
            if (!next.find()) {
                break;
            }
            String cursor = URLEncoder.encode(next.group(1), StandardCharsets.UTF_8);
            cursors.add("/api/v1/cases?size=25&cursor=" + cursor);
            path = "/api/v1/cases?size=25&cursor=" + cursor;
        }
        List<String> names = List.of("Aminata Diallo", "Mamadou Barry", "Fatoumata Bah", "Moussa Traoré",
                "Ibrahima Sow", "Aminatou Dialo", "Awa Diop", "Oumar Camara");
        List<Scenario> scenarios = new ArrayList<>();
        // the floor: the cheapest authenticated endpoint, through the same security, token check and JSON as the rest
        scenarios.add(new Scenario("floor: GET /api/v1/me", List.of("/api/v1/me")));
        scenarios.add(new Scenario("first page (size=25)", List.of("/api/v1/cases?size=25")));
        scenarios.add(new Scenario("filtered: ForcedBegging, child, Masculine",
                List.of("/api/v1/cases?size=25&exploitation=ForcedBegging&child=child&sex=Masculine")));
        scenarios.add(new Scenario("rare: Servitude, adult, sex not specified",
                List.of("/api/v1/cases?size=25&exploitation=Servitude&child=adult&sex=NonSpecifiedUnknown")));
        scenarios.add(new Scenario("empty: ForcedMarriage, child, Masculine",
                List.of("/api/v1/cases?size=25&exploitation=ForcedMarriage&child=child&sex=Masculine")));
        scenarios.add(new Scenario("filtered: status=Closed, nationality=ML",
                List.of("/api/v1/cases?size=25&status=Closed&nationality=ML")));
        scenarios.add(new Scenario("total only: Closed, ML, count=true (htmx/API)",
                List.of("/api/v1/cases?size=25&status=Closed&nationality=ML&count=true")));
        if (!cursors.isEmpty()) {
            scenarios.add(new Scenario("next pages by cursor (pages 2-" + (cursors.size() + 1) + ")", cursors));
        } else {
            System.out.println("no `next` cursor in the answer: the next-page scenario is skipped");
        }
        scenarios.add(new Scenario("name search q= (" + names.size() + " names)", names.stream()
                .map(n -> "/api/v1/cases?size=25&q=" + URLEncoder.encode(n, StandardCharsets.UTF_8)).toList()));

        System.out.printf("%-48s %7s %8s %8s %8s %8s %8s %9s %6s%n", "scenario", "clients", "requests", "p50 ms",
                "p95 ms", "p99 ms", "max ms", "req/s", "errors");
        boolean failed = false;
        for (Scenario scenario : scenarios) {
            for (int c : clients) {
                Stats stats = run(http, base, token, scenario.paths(), c, requests, seconds);
                System.out.printf("%-48s %7d %8d %8.1f %8.1f %8.1f %8.1f %9.1f %6d%n", scenario.name(), c,
                        stats.count(), stats.percentile(50), stats.percentile(95), stats.percentile(99),
                        stats.percentile(100), stats.count() / stats.seconds(), stats.errors());
                failed |= stats.errors() > 0;
            }
        }
        System.exit(failed ? 1 : 0);
    }

    /**
     * {@code java bench/CaseListBench.java --paths BASE_URL clients requests seconds "name|TOKEN|/path" ...}: the
     * same measurement for the scenarios given, each with its own token (other benchmarks, e.g. bench/statistics.sh).
     */
    private static void runPaths(String[] args) throws Exception {
        String base = args[0].replaceAll("/+$", "");
        String host = URI.create(base).getHost();
        if (!"127.0.0.1".equals(host) && !"localhost".equals(host)) {
            System.err.println("refusing to load anything but 127.0.0.1 / localhost: " + host);
            System.exit(64);
        }
        int[] clients = Arrays.stream(args[1].split(",")).mapToInt(Integer::parseInt).toArray();
        int requests = Integer.parseInt(args[2]);
        int seconds = Integer.parseInt(args[3]);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        System.out.printf("%-56s %7s %8s %8s %8s %8s %8s %9s %6s%n", "scenario", "clients", "requests", "p50 ms",
                "p95 ms", "p99 ms", "max ms", "req/s", "errors");
        boolean failed = false;
        for (int i = 4; i < args.length; i++) {
            String[] scenario = args[i].split("\\|", 3);
            HttpResponse<String> check = get(http, base, scenario[1], scenario[2]);
            if (check.statusCode() != 200) {
                System.err.println("FAILED: " + scenario[2] + " answered " + check.statusCode());
                System.exit(2);
            }
            for (int c : clients) {
                Stats stats = run(http, base, scenario[1], List.of(scenario[2]), c, requests, seconds);
                System.out.printf("%-56s %7d %8d %8.1f %8.1f %8.1f %8.1f %9.1f %6d%n", scenario[0], c,
                        stats.count(), stats.percentile(50), stats.percentile(95), stats.percentile(99),
                        stats.percentile(100), stats.count() / stats.seconds(), stats.errors());
                failed |= stats.errors() > 0;
            }
        }
        System.exit(failed ? 1 : 0);
    }

    /**
     * {@code java -cp target/classes:slf4j-api.jar bench/CaseListBench.java --name-keys "Aminata Diallo"}: prints,
     * one line per query word, the blind-index digest the search looks up for that word (NameSearchKeys.searchKeys),
     * computed by the application's own NameSearchKeys with the public DEMO index key (demo databases only), for
     * EXPLAIN in psql.
     */
    private static void printNameKeys(String name) throws Exception {
        Class<?> properties = Class.forName("org.sankofa.cases.internal.protection.EncryptionProperties");
        Class<?> demoMode = Class.forName("org.sankofa.database.DemoMode");
        Class<?> keys = Class.forName("org.sankofa.cases.internal.protection.EncryptionKeys");
        Class<?> search = Class.forName("org.sankofa.cases.internal.protection.NameSearchKeys");
        Object props = properties.getConstructor(String.class, java.util.Map.class, String.class)
                .newInstance(null, java.util.Map.of(), null);
        Object demo = demoMode.getConstructor(boolean.class, boolean.class).newInstance(true, true);
        Object ring = keys.getConstructor(properties, demoMode).newInstance(props, demo);
        Object nameKeys = search.getConstructor(keys).newInstance(ring);
        @SuppressWarnings("unchecked")
        List<Long> perWord = (List<Long>) search.getMethod("searchKeys", String.class).invoke(nameKeys, name);
        for (Long word : perWord) {
            System.out.println(word);
        }
    }

    private static HttpResponse<String> get(HttpClient http, String base, String token, String path)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static Stats run(HttpClient http, String base, String token, List<String> paths, int clients,
            int requests, int seconds) throws Exception {
        for (int i = 0; i < 20; i++) {
            get(http, base, token, paths.get(i % paths.size()));
        }
        AtomicInteger issued = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        long[] nanos = new long[requests];
        AtomicInteger done = new AtomicInteger();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                int i;
                while ((i = issued.getAndIncrement()) < requests && System.nanoTime() < deadline) {
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> response = get(http, base, token, paths.get(i % paths.size()));
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                    nanos[done.getAndIncrement()] = System.nanoTime() - t0;
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        long[] measured = Arrays.copyOf(nanos, done.get());
        Arrays.sort(measured);
        return new Stats(measured.length, errors.get(), elapsed, measured);
    }
}
