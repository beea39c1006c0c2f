package org.dossier.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks an email, a password and (when the account has it on) a TOTP code. Every failure looks the
 * same from outside: unknown email, wrong password, wrong code, disabled or locked account. A
 * password is hashed even for unknown emails so timing does not tell which emails exist.
 */
@Component
class SignInProvider implements AuthenticationProvider {

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final SignInThrottle throttle;
    private final AuditLog audit;
    private final AccountsProperties properties;
    private final Clock clock;
    private final String dummyHash;

    SignInProvider(UserRepository users, PasswordEncoder encoder, SignInThrottle throttle, AuditLog audit,
                   AccountsProperties properties, Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.throttle = throttle;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
        this.dummyHash = encoder.encode("no account has this password " + System.nanoTime());
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String email = AccountService.normalize(authentication.getName());
        String password = String.valueOf(authentication.getCredentials());
        SignInDetails details = authentication.getDetails() instanceof SignInDetails d ? d : null;
        String address = details == null ? null : details.getRemoteAddress();
        if (throttle.blocked(address)) {
            throw new LockedException("Too many failed sign-ins from this address");
        }
        Instant now = clock.instant();
        Optional<Credentials> found = users.credentials(email);
        if (found.isEmpty()) {
            encoder.matches(password, dummyHash);
            throttle.failed(address);
            throw new BadCredentialsException("Bad credentials");
        }
        Credentials account = found.get();
        if (account.lockedAt(now)) {
            throttle.failed(address);
            throw new LockedException("Account locked");
        }
        boolean passwordOk = encoder.matches(password, account.passwordHash());
        boolean codeOk = !account.totpEnabled()
                || passwordOk && account.enabled() && codeNotUsedBefore(account, details, now);
        if (!passwordOk || !codeOk || !account.enabled()) {
            fail(account, address, now);
            throw new BadCredentialsException("Bad credentials");
        }
        if (account.failedLogins() > 0) {
            users.resetFailures(account.id());
        }
        throttle.succeeded(address);
        audit.record(account.email(), "user.sign-in", account.email(), address == null ? "" : address);
        SignedIn principal = new SignedIn(account.id(), account.email(), account.role());
        return UsernamePasswordAuthenticationToken.authenticated(principal, null,
                List.of(new SimpleGrantedAuthority(account.role().authority())));
    }

    /** A right code counts once: a replay within its 90-second window fails like a wrong code. */
    private boolean codeNotUsedBefore(Credentials account, SignInDetails details, Instant now) {
        long step = Totp.matchingStep(account.totpSecret(), details == null ? null : details.code(), now);
        return step >= 0 && users.acceptTotpStep(account.id(), step);
    }

    private void fail(Credentials account, String address, Instant now) {
        throttle.failed(address);
        if (account.lockedUntil() != null) {
            users.resetFailures(account.id());
        }
        long until = now.plus(properties.lockFor()).toEpochMilli();
        users.recordFailure(account.id(), properties.maxFailures(), until);
        int failures = (account.lockedUntil() != null ? 0 : account.failedLogins()) + 1;
        if (failures == properties.maxFailures()) {
            audit.record("system", "user.locked", account.email(), "after " + failures + " failed sign-ins");
        }
    }

    @Override
    public boolean supports(Class<?> type) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
    }
}
