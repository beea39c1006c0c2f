package org.dossier.accounts;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238: HMAC-SHA1, 30-second steps, six digits), the kind every
 * authenticator app reads. One step either side is accepted for clock drift.
 */
public final class Totp {

    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final int STEP_SECONDS = 30;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Totp() {
    }

    /** A new 160-bit secret in Base32, as authenticator apps expect. */
    public static String newSecret() {
        byte[] bytes = new byte[20];
        RANDOM.nextBytes(bytes);
        return base32(bytes);
    }

    /** True when {@code code} is the code for {@code at} or the step before or after it. */
    public static boolean verify(String secret, String code, Instant at) {
        return matchingStep(secret, code, at) >= 0;
    }

    /**
     * The time step (epoch seconds / 30) whose code {@code code} is, among the step of {@code at} and
     * the steps either side; -1 when none matches. Callers remember the step so a code works only once.
     */
    public static long matchingStep(String secret, String code, Instant at) {
        if (secret == null || code == null || !code.strip().matches("\\d{6}")) {
            return -1;
        }
        long step = at.getEpochSecond() / STEP_SECONDS;
        long found = -1;
        // every step is checked, not just until the first match, so timing does not tell which step matched
        for (long s = step - 1; s <= step + 1; s++) {
            if (MessageDigestEquals.equal(codeAt(secret, s), code.strip())) {
                found = s;
            }
        }
        return found;
    }

    /** The six-digit code for the 30-second step containing {@code at}. */
    public static String code(String secret, Instant at) {
        return codeAt(secret, at.getEpochSecond() / STEP_SECONDS);
    }

    /** The otpauth:// address an authenticator app can import. */
    public static String uri(String issuer, String account, String secret) {
        String label = encode(issuer) + ":" + encode(account);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer);
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String codeAt(String secret, long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(unbase32(secret), "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            return String.format("%06d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is missing from this JVM", e);
        }
    }

    static String base32(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(ALPHABET.charAt((buffer << (5 - bits)) & 31));
        }
        return out.toString();
    }

    static byte[] unbase32(String text) {
        String s = text.replace(" ", "").replace("=", "").toUpperCase(java.util.Locale.ROOT);
        ByteBuffer out = ByteBuffer.allocate(s.length() * 5 / 8);
        int buffer = 0;
        int bits = 0;
        for (char c : s.toCharArray()) {
            int value = ALPHABET.indexOf(c);
            if (value < 0) {
                throw new IllegalArgumentException("Not Base32: " + c);
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                out.put((byte) (buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return java.util.Arrays.copyOf(out.array(), out.position());
    }

    /** Constant-time comparison so a wrong code takes as long as a nearly right one. */
    private static final class MessageDigestEquals {
        static boolean equal(String a, String b) {
            return java.security.MessageDigest.isEqual(a.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                    b.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
    }
}
