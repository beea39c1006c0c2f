package org.dossier.testing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.util.List;
import org.dossier.accounts.AccountService;
import org.dossier.accounts.Role;
import org.dossier.accounts.SignedIn;
import org.dossier.accounts.User;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Makes back-office accounts through the accounts service and signs requests in as them. */
@Component
public class Accounts {

    public static final String PASSWORD = "correct horse battery staple";

    private final AccountService accounts;

    Accounts(AccountService accounts) {
        this.accounts = accounts;
    }

    /** A new account with a unique email and {@link #PASSWORD}. */
    public User create(Role role) {
        return accounts.create(Fixtures.unique(role.db()) + "@example.org", role.db() + " tester", role, PASSWORD,
                "test");
    }

    /** A MockMvc request signed in as a new account of this role. */
    public RequestPostProcessor as(Role role) {
        return as(create(role));
    }

    public static RequestPostProcessor as(User user) {
        SignedIn principal = new SignedIn(user.id(), user.email(), user.role());
        return authentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                List.of(new SimpleGrantedAuthority(user.role().authority()))));
    }
}
