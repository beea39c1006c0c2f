package org.dossier.subscriptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.dossier.system.DossierProperties;
import org.springframework.stereotype.Component;

/**
 * Signs and checks the tokens in mailed links ({@code id.expiry.signature}, HMAC-SHA256). The key
 * is {@code dossier.subscriptions.link-secret} or, if that is empty, a random key created on first
 * start in the data directory ({@code link-secret.key}); never a constant in the code.
 */
@Component
class SignedLinks {

    static final String CONFIRM = "confirm";
    static final String PREFERENCES = "preferences";
    private static final String KEY_FILE = "link-secret.key";

    private final byte[] key;

    SignedLinks(SubscriptionSettings settings, DossierProperties site) {
        this.key = settings.linkSecret().isBlank() ? storedKey(site.dataDir().resolve(KEY_FILE))
                : settings.linkSecret().getBytes(StandardCharsets.UTF_8);
    }

    /** A token for {@code purpose} and {@code id}; {@code expires} null means it never expires. */
    String sign(String purpose, long id, Instant expires) {
        String body = Long.toString(id, 36) + "." + (expires == null ? "0" : Long.toString(expires.getEpochSecond(), 36));
        return body + "." + mac(purpose + "|" + body);
    }

    /** The id in a genuine token, or a reason it is not. */
    Verdict verify(String purpose, String token, Instant now) {
        if (token == null || token.length() > 100) {
            return Verdict.INVALID;
        }
        int last = token.lastIndexOf('.');
        int first = token.indexOf('.');
        if (first <= 0 || last <= first) {
            return Verdict.INVALID;
        }
        String body = token.substring(0, last);
        byte[] expected = mac(purpose + "|" + body).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, token.substring(last + 1).getBytes(StandardCharsets.US_ASCII))) {
            return Verdict.INVALID;
        }
        try {
            long id = Long.parseLong(token.substring(0, first), 36);
            long expires = Long.parseLong(token.substring(first + 1, last), 36);
            if (expires != 0 && now.getEpochSecond() > expires) {
                return new Verdict(Optional.of(id), true);
            }
            return new Verdict(Optional.of(id), false);
        } catch (NumberFormatException e) {
            return Verdict.INVALID;
        }
    }

    /** A keyed hash of an address: kept after erasure, useless for recovering the address without the key. */
    String hash(String email) {
        return mac("erased|" + email);
    }

    private String mac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] sig = mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(sig, 18));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] storedKey(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] fresh = new byte[32];
                new SecureRandom().nextBytes(fresh);
                Path temp = Files.createTempFile(file.getParent(), "link-secret", ".tmp");
                trySetOwnerOnly(temp);
                Files.writeString(temp, Base64.getEncoder().encodeToString(fresh));
                try {
                    // a link never replaces an existing file: if two processes start at once, one key wins
                    Files.createLink(file, temp);
                } catch (java.nio.file.FileAlreadyExistsException raced) {
                    // the other process's key is the one to use
                } finally {
                    Files.deleteIfExists(temp);
                }
            }
            return Base64.getDecoder().decode(Files.readString(file).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the link secret " + file, e);
        }
    }

    private static void trySetOwnerOnly(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException ignored) {
            // not a POSIX file system; the data directory's own permissions apply
        }
    }

    /** Outcome of checking a token: the id it names (if genuine) and whether it has expired. */
    record Verdict(Optional<Long> id, boolean expired) {
        static final Verdict INVALID = new Verdict(Optional.empty(), false);

        boolean valid() {
            return id.isPresent() && !expired;
        }
    }
}
