package org.sankofa.cases.internal.protection;

import java.io.PrintStream;
import java.util.List;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;

/**
 * {@code java -jar sankofa.jar --sankofa.encryption.rotate}: re-encrypts every registered encrypted column under the
 * active key, prints what it did and exits with status 0 (or fails with a non-zero status and the reason).
 */
@Order(0)
class KeyRotationCommand implements ApplicationRunner {

    static final String OPTION = "sankofa.encryption.rotate";

    private final KeyRotation rotation;
    private final EncryptionKeys keys;
    private final ConfigurableApplicationContext context;
    private final PrintStream out;

    KeyRotationCommand(KeyRotation rotation, EncryptionKeys keys, ConfigurableApplicationContext context) {
        this(rotation, keys, context, System.out);
    }

    KeyRotationCommand(KeyRotation rotation, EncryptionKeys keys, ConfigurableApplicationContext context,
            PrintStream out) {
        this.rotation = rotation;
        this.keys = keys;
        this.context = context;
        this.out = out;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(OPTION)) {
            return;
        }
        rotate();
        System.exit(SpringApplication.exit(context, () -> 0));
    }

    long rotate() {
        out.println("Re-encrypting every registered encrypted column under the active key '" + keys.activeKeyId()
                + "'...");
        List<KeyRotation.ColumnRotated> results = rotation.rotateAll();
        long total = 0;
        for (KeyRotation.ColumnRotated result : results) {
            out.printf("  %s.%s: %d values examined, %d re-encrypted%n", result.column().table(),
                    result.column().column(), result.examined(), result.reencrypted());
            total += result.reencrypted();
        }
        out.printf("Key rotation done: %d columns, %d values re-encrypted under '%s'.%n", results.size(), total,
                keys.activeKeyId());
        return total;
    }
}
