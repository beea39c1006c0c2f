package org.dossier.accounts;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Locale;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating accounts, changing passwords and roles, TOTP enrolment. Every change is audited. */
@Service
public class AccountService {

    private static final String EMAIL = "[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{1,63}";
    private static final String PASSWORD_CHARS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final AccountsProperties properties;
    private final Clock clock;

    AccountService(UserRepository users, PasswordEncoder encoder, AuditLog audit, AccountsProperties properties,
                   Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** Creates an account; throws {@link AccountException} for a bad email, a taken email or a weak password. */
    @Transactional
    public User create(String email, String displayName, Role role, String password, String actor) {
        String normalized = normalize(email);
        if (!normalized.matches(EMAIL)) {
            throw new AccountException("Enter a valid email address.");
        }
        if (role == null) {
            throw new AccountException("Choose a role: admin, editor, author or contributor.");
        }
        if (users.byEmail(normalized).isPresent()) {
            throw new AccountException("An account with this email already exists.");
        }
        checkStrength(password, normalized);
        long id = users.insert(normalized, displayName == null ? "" : displayName.strip(), encoder.encode(password),
                role, clock.millis());
        audit.record(actor, "user.create", normalized, "role " + role.db());
        return users.byId(id).orElseThrow();
    }

    /** Changes a user's own password after checking the current one. */
    @Transactional
    public void changePassword(long userId, String current, String replacement) {
        String hash = users.passwordHash(userId).orElseThrow(() -> new AccountException("No such account."));
        if (current == null || !encoder.matches(current, hash)) {
            throw new AccountException("The current password is not correct.");
        }
        User user = users.byId(userId).orElseThrow();
        setPassword(user, replacement, user.email(), "user.password-change");
    }

    /** Sets a new password (used by the reset flow, which has already proven who the user is). */
    @Transactional
    public void setPassword(User user, String replacement, String actor, String action) {
        checkStrength(replacement, user.email());
        users.setPassword(user.id(), encoder.encode(replacement), clock.millis());
        audit.record(actor, action, user.email(), "");
    }

    @Transactional
    public void changeRole(long userId, Role role, String actor) {
        User user = users.byId(userId).orElseThrow(() -> new AccountException("No such account."));
        if (role == null) {
            throw new AccountException("Choose a role: admin, editor, author or contributor.");
        }
        if (user.role() == Role.ADMIN && role != Role.ADMIN && activeAdmins() <= 1) {
            throw new AccountException("The last admin cannot lose the admin role.");
        }
        users.setRole(userId, role);
        audit.record(actor, "user.role", user.email(), user.role().db() + " -> " + role.db());
    }

    @Transactional
    public void setEnabled(long userId, boolean enabled, String actor) {
        User user = users.byId(userId).orElseThrow(() -> new AccountException("No such account."));
        if (!enabled && user.role() == Role.ADMIN && activeAdmins() <= 1) {
            throw new AccountException("The last admin cannot be disabled.");
        }
        users.setEnabled(userId, enabled);
        audit.record(actor, enabled ? "user.enable" : "user.disable", user.email(), "");
    }

    /** Starts TOTP enrolment: stores a new secret, not yet required at sign-in. */
    @Transactional
    public String beginTotp(long userId) {
        String secret = Totp.newSecret();
        users.setTotp(userId, secret, false);
        return secret;
    }

    /** The pending or active TOTP secret of a user, if any. */
    public java.util.Optional<String> totpSecret(long userId) {
        return users.totpSecret(userId);
    }

    /** Turns TOTP on once the user has shown a code from their app. */
    @Transactional
    public void confirmTotp(long userId, String code) {
        String secret = users.totpSecret(userId).orElseThrow(() -> new AccountException("Start the set-up first."));
        long step = Totp.matchingStep(secret, code, clock.instant());
        if (step < 0) {
            throw new AccountException("That code is not correct. Check the time on your phone and try again.");
        }
        users.setTotp(userId, secret, true);
        // the code shown to switch TOTP on is spent: it cannot also sign someone in
        users.acceptTotpStep(userId, step);
        audit.record(users.byId(userId).orElseThrow().email(), "user.totp-on", "", "");
    }

    @Transactional
    public void disableTotp(long userId, String actor) {
        users.setTotp(userId, null, false);
        audit.record(actor, "user.totp-off", users.byId(userId).orElseThrow().email(), "");
    }

    /** A random 20-character password for accounts created without one. */
    public static String generatePassword() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            s.append(PASSWORD_CHARS.charAt(RANDOM.nextInt(PASSWORD_CHARS.length())));
        }
        return s.toString();
    }

    static String normalize(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    private void checkStrength(String password, String email) {
        if (password == null || password.length() < properties.minPasswordLength()) {
            throw new AccountException("The password must be at least " + properties.minPasswordLength()
                    + " characters long.");
        }
        if (password.length() > 200) {
            throw new AccountException("The password must be at most 200 characters long.");
        }
        if (password.equalsIgnoreCase(email) || password.chars().distinct().count() < 4) {
            throw new AccountException("Choose a password that is harder to guess.");
        }
    }

    private long activeAdmins() {
        return users.all().stream().filter(u -> u.role() == Role.ADMIN && u.enabled()).count();
    }
}
