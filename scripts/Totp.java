import java.nio.ByteBuffer;
import java.time.Instant;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Prints the current 6-digit time-based code (RFC 6238, SHA-1, 30 s) for a base32 secret, as an authenticator
 * app would. Used by scripts/check-external-database.sh to enrol the first administrator's second factor:
 * {@code java scripts/Totp.java BASE32SECRET [STEPS]}. Sankofa accepts each code once (and one step of clock drift),
 * so a second use within the same 30 s asks for the next code: {@code STEPS} = 1.
 */
public class Totp {

    public static void main(String[] args) throws Exception {
        if (args.length != 1 && args.length != 2) {
            System.err.println("usage: java Totp.java BASE32SECRET [STEPS]");
            System.exit(2);
        }
        byte[] key = base32(args[0]);
        long counter = Instant.now().getEpochSecond() / 30 + (args.length == 2 ? Long.parseLong(args[1]) : 0);
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(key, "HmacSHA1"));
        byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(counter).array());
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
        System.out.printf("%06d%n", binary % 1_000_000);
    }

    private static byte[] base32(String text) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        String clean = text.replace("=", "").replace(" ", "").toUpperCase();
        ByteBuffer out = ByteBuffer.allocate(clean.length() * 5 / 8);
        int buffer = 0;
        int bits = 0;
        for (char c : clean.toCharArray()) {
            int value = alphabet.indexOf(c);
            if (value < 0) {
                throw new IllegalArgumentException("not base32: " + c);
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                out.put((byte) (buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return out.array();
    }
}
