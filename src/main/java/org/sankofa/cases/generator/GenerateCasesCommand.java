package org.sankofa.cases.generator;

import java.io.PrintStream;
import java.util.List;

import org.sankofa.database.DemoMode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar sankofa.jar --sankofa.generate-cases=1000000}: fills the configured database with synthetic cases
 * ({@link CaseGenerator}), prints progress every 50,000 cases and the rate, then exits with status 0. It runs after
 * the demo world and the demo cases are loaded (the demo loads when the application has started, before any
 * command), and refuses to run outside demo mode, to protect real
 * databases, unless {@code --sankofa.generate-cases.force=true} is given. Options: {@code
 * --sankofa.generate-cases.seed=<long>} (default 20260), {@code --sankofa.generate-cases.detail=core|care|full}
 * (default core: what the case lists need; care adds assessments, services, referrals, notes and closures; full adds
 * the journey home — best interests, tracing, transfers, returns, reintegration and follow-ups).
 */
@Component
public class GenerateCasesCommand implements ApplicationRunner {

    public static final String OPTION = "sankofa.generate-cases";
    public static final String FORCE = "sankofa.generate-cases.force";
    public static final String SEED = "sankofa.generate-cases.seed";
    public static final String DETAIL = "sankofa.generate-cases.detail";
    public static final int REFUSED = 3;
    public static final int INVALID = 2;
    private static final long PROGRESS_EVERY = 50_000;

    private final CaseGenerator generator;
    private final DemoMode demoMode;
    private final ConfigurableApplicationContext context;
    private final PrintStream out;

    @Autowired
    GenerateCasesCommand(CaseGenerator generator, DemoMode demoMode, ConfigurableApplicationContext context) {
        this(generator, demoMode, context, System.out);
    }

    public GenerateCasesCommand(CaseGenerator generator, DemoMode demoMode, ConfigurableApplicationContext context,
            PrintStream out) {
        this.generator = generator;
        this.demoMode = demoMode;
        this.context = context;
        this.out = out;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(OPTION)) {
            return;
        }
        int status = execute(args);
        System.exit(SpringApplication.exit(context, () -> status));
    }

    /** Runs the command and returns the exit status (0 done, 2 invalid option, 3 refused outside demo mode). */
    public int execute(ApplicationArguments args) {
        Options options = Options.of(args);
        if (options == null) {
            out.println("--" + OPTION + " needs a number of cases (e.g. --" + OPTION + "=1000000); --" + SEED
                    + " a number; --" + DETAIL + " core, care or full.");
            return INVALID;
        }
        if (!demoMode.enabled() && !options.force()) {
            out.println("Refusing to generate synthetic cases: demo mode is off, so this may be a real database. "
                    + "Add --" + FORCE + "=true only if you are sure it holds no real data.");
            return REFUSED;
        }
        out.printf("Generating %,d synthetic cases (seed %d, detail %s)...%n", options.count(), options.seed(),
                options.detail().name().toLowerCase(java.util.Locale.ROOT));
        CaseGenerator.Result result = generator.generate(options.count(), options.seed(), options.detail(),
                progress());
        out.printf("Generated %,d cases (%,d rows) in %.1f s: %,.0f cases/s.%n", result.cases(), result.rows(),
                result.elapsed().toMillis() / 1000.0, result.casesPerSecond());
        return 0;
    }

    /** What the command was asked for. */
    record Options(int count, long seed, CaseGenerator.Detail detail, boolean force) {

        /** The options given, or null when one is not valid. */
        static Options of(ApplicationArguments args) {
            try {
                int count = Integer.parseInt(single(args, OPTION, null).replace("_", ""));
                long seed = Long.parseLong(single(args, SEED, "20260"));
                CaseGenerator.Detail detail = CaseGenerator.Detail.valueOf(single(args, DETAIL, "core")
                        .toUpperCase(java.util.Locale.ROOT));
                return count < 0 ? null : new Options(count, seed, detail,
                        Boolean.parseBoolean(single(args, FORCE, "false")));
            } catch (IllegalArgumentException | NullPointerException e) {
                return null;
            }
        }
    }

    /** Prints the progress every {@value #PROGRESS_EVERY} cases, and at the end. */
    private CaseGenerator.Progress progress() {
        long[] nextReport = {PROGRESS_EVERY};
        return (done, total, rate) -> {
            if (done >= nextReport[0] || done == total) {
                out.printf("  %,d / %,d cases, %,.0f cases/s%n", done, total, rate);
                while (nextReport[0] <= done) {
                    nextReport[0] += PROGRESS_EVERY;
                }
            }
        };
    }

    private static String single(ApplicationArguments args, String name, String fallback) {
        List<String> values = args.getOptionValues(name);
        if (values == null || values.isEmpty() || values.get(0) == null || values.get(0).isBlank()) {
            return fallback;
        }
        return values.get(values.size() - 1).trim();
    }
}
