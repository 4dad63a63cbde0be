package org.sankofa.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;

import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import static dev.samstevens.totp.util.Utils.getDataUriForImage;

/**
 * Time-based one-time passwords (RFC 6238, 6 digits, 30 s, one step of clock drift either way) as authenticator apps
 * produce them. A code is accepted once per account: the step it belongs to is claimed, and a code of that step or
 * an earlier one is refused afterwards.
 */
@Component
class TotpCodes {

    private static final int PERIOD_SECONDS = 30;
    private static final int ALLOWED_DRIFT_STEPS = 1;

    private final CodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1);
    private final UserAccountRepository users;
    private final Clock clock;

    @Autowired
    TotpCodes(UserAccountRepository users) {
        this(users, Clock.systemUTC());
    }

    TotpCodes(UserAccountRepository users, Clock clock) {
        this.users = users;
        this.clock = clock;
    }

    String newSecret() {
        return new DefaultSecretGenerator(32).generate();
    }

    /** Whether the code is right for the account's secret (pending or enabled) and was not used before. */
    boolean verify(long userId, String code) {
        String secret = users.totpSecret(userId).orElse(null);
        if (secret == null || code == null || !code.strip().matches("\\d{6}")) {
            return false;
        }
        long now = clock.instant().getEpochSecond() / PERIOD_SECONDS;
        for (long step = now - ALLOWED_DRIFT_STEPS; step <= now + ALLOWED_DRIFT_STEPS; step++) {
            if (sameCode(generate(secret, step), code.strip())) {
                return users.claimTotpStep(userId, step);
            }
        }
        return false;
    }

    /** A QR code, as a data: URI, that an authenticator app scans to enrol. */
    String qrDataUri(String secret, String username) {
        QrData data = new QrData.Builder().label(username).secret(secret).issuer("Sankofa")
                .algorithm(HashingAlgorithm.SHA1).digits(6).period(PERIOD_SECONDS).build();
        try {
            ZxingPngQrGenerator qr = new ZxingPngQrGenerator();
            return getDataUriForImage(qr.generate(data), qr.getImageMimeType());
        } catch (QrGenerationException e) {
            throw new IllegalStateException("QR code could not be generated", e);
        }
    }

    private String generate(String secret, long step) {
        try {
            return generator.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("TOTP code could not be computed", e);
        }
    }

    private static boolean sameCode(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                given.getBytes(StandardCharsets.US_ASCII));
    }
}
