package org.dossier.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.dossier.system.DossierProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Password reset by mail: a 256-bit random token in the link (unguessable, so it needs no further
 * signature), valid for {@code resetValidFor}, usable once. Asking for a reset says the same thing
 * whether or not the email has an account.
 */
@Service
public class PasswordResets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserRepository users;
    private final PasswordResetStore store;
    private final AccountService accounts;
    private final ResetMailer mailer;
    private final AccountsProperties properties;
    private final DossierProperties site;
    private final AuditLog audit;
    private final Clock clock;

    PasswordResets(UserRepository users, PasswordResetStore store, AccountService accounts, ResetMailer mailer,
                   AccountsProperties properties, DossierProperties site, AuditLog audit, Clock clock) {
        this.users = users;
        this.store = store;
        this.accounts = accounts;
        this.mailer = mailer;
        this.properties = properties;
        this.site = site;
        this.audit = audit;
        this.clock = clock;
    }

    /** Mails a reset link if the email belongs to an enabled account; silently does nothing otherwise. */
    public void request(String email) {
        Optional<User> user = users.byEmail(AccountService.normalize(email)).filter(User::enabled);
        if (user.isEmpty()) {
            return;
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        long now = clock.millis();
        store.invalidateFor(user.get().id(), now);
        store.insert(hash(token), user.get().id(), now + properties.resetValidFor().toMillis());
        audit.record(user.get().email(), "user.reset-requested", user.get().email(), "");
        mailer.sendPasswordReset(user.get().email(), site.origin() + "/admin/password-reset/" + token,
                properties.resetValidFor());
    }

    /** The account a token would reset, if the token is still good. */
    public Optional<User> check(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return store.validUser(hash(token), clock.millis()).flatMap(users::byId);
    }

    /** Sets the new password and spends the token; throws {@link AccountException} when either is refused. */
    @Transactional
    public void complete(String token, String password) {
        User user = check(token).orElseThrow(() -> new AccountException(
                "This reset link has expired or has already been used. Ask for a new one."));
        if (!store.use(hash(token), clock.millis())) {
            throw new AccountException("This reset link has already been used. Ask for a new one.");
        }
        accounts.setPassword(user, password, user.email(), "user.password-reset");
        store.invalidateFor(user.id(), clock.millis());
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
