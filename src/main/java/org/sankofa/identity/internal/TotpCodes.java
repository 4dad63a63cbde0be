package org.sankofa.identity.internal;

import dev.samstevens.totp.code.CodeVerifier;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.DefaultCodeVerifier;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.time.SystemTimeProvider;
import org.springframework.stereotype.Component;

import static dev.samstevens.totp.util.Utils.getDataUriForImage;

/** Time-based one-time passwords (RFC 6238, 6 digits, 30 s) as authenticator apps produce them. */
@Component
class TotpCodes {

    private final CodeVerifier verifier;

    TotpCodes() {
        DefaultCodeVerifier defaultVerifier = new DefaultCodeVerifier(new DefaultCodeGenerator(HashingAlgorithm.SHA1),
                new SystemTimeProvider());
        defaultVerifier.setAllowedTimePeriodDiscrepancy(1);
        this.verifier = defaultVerifier;
    }

    String newSecret() {
        return new DefaultSecretGenerator(32).generate();
    }

    boolean verify(String secret, String code) {
        if (secret == null || code == null || !code.strip().matches("\\d{6}")) {
            return false;
        }
        return verifier.isValidCode(secret, code.strip());
    }

    /** A QR code, as a data: URI, that an authenticator app scans to enrol. */
    String qrDataUri(String secret, String username) {
        QrData data = new QrData.Builder().label(username).secret(secret).issuer("Sankofa")
                .algorithm(HashingAlgorithm.SHA1).digits(6).period(30).build();
        try {
            ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
            return getDataUriForImage(generator.generate(data), generator.getImageMimeType());
        } catch (QrGenerationException e) {
            throw new IllegalStateException("QR code could not be generated", e);
        }
    }
}
