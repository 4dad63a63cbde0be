package org.sankofa.audit.internal;

import java.io.PrintStream;

import org.sankofa.audit.AuditChain;
import org.sankofa.audit.ChainVerification;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar sankofa.jar --spring.main.web-application-type=none --sankofa.audit.verify} checks the audit
 * chain (with the configured audit keys, against the checkpoints of {@code sankofa.audit.checkpoint-file} when set),
 * prints the result and exits: 0 when intact, 1 when broken. Runs before any other start-up step and appends nothing:
 * the chain is not anchored on such a start ({@link AuditChainAnchor}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AuditVerificationCommand implements ApplicationRunner {

    static final String PROPERTY = "sankofa.audit.verify";

    private final AuditChain chain;
    private final Environment environment;
    private final ConfigurableApplicationContext context;

    AuditVerificationCommand(AuditChain chain, Environment environment, ConfigurableApplicationContext context) {
        this.chain = chain;
        this.environment = environment;
        this.context = context;
    }

    /** Whether verification was asked for: {@code --sankofa.audit.verify} alone or with any value but false. */
    boolean requested() {
        return requested(environment);
    }

    static boolean requested(Environment environment) {
        return environment.containsProperty(PROPERTY)
                && !"false".equalsIgnoreCase(environment.getProperty(PROPERTY, "").strip());
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!requested()) {
            return;
        }
        int code = verify(System.out);
        System.exit(SpringApplication.exit(context, () -> code));
    }

    /** Verifies the chain and prints the result; returns the exit code. */
    int verify(PrintStream out) {
        ChainVerification result = chain.verify();
        out.println(describe(result));
        out.flush();
        return result.intact() ? 0 : 1;
    }

    static String describe(ChainVerification result) {
        if (result.intact()) {
            return "Audit chain intact: " + result.entries() + " entries verified, " + result.checkpoints()
                    + " checkpoints kept outside the database matched.";
        }
        return "Audit chain BROKEN at entry " + result.firstBrokenId() + ": " + result.problem() + " ("
                + result.entries() + " entries verified before it).";
    }
}
