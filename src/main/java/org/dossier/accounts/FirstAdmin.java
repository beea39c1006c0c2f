package org.dossier.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * On a first start (no accounts at all) creates an admin from {@code DOSSIER_ADMIN_EMAIL} and
 * {@code DOSSIER_ADMIN_PASSWORD}. Once any account exists these variables are ignored, so leaving
 * them set cannot reset or re-create anything later.
 */
@Component
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final UserRepository users;
    private final AccountService accounts;
    private final String email;
    private final String password;

    FirstAdmin(UserRepository users, AccountService accounts, @Value("${dossier.admin.email:}") String email,
               @Value("${dossier.admin.password:}") String password) {
        this.users = users;
        this.accounts = accounts;
        this.email = email;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            if (!email.isBlank()) {
                log.info("DOSSIER_ADMIN_EMAIL is ignored: accounts already exist");
            }
            return;
        }
        if (email.isBlank() || password.isBlank()) {
            log.warn("No back-office account exists. Create one with: java -jar dossier.jar users create "
                    + "--email you@example.org --role admin");
            return;
        }
        try {
            accounts.create(email, "", Role.ADMIN, password, "first-start");
            log.info("Created the first admin account {}", AccountService.normalize(email));
        } catch (AccountException e) {
            log.error("DOSSIER_ADMIN_EMAIL/DOSSIER_ADMIN_PASSWORD refused: {}", e.getMessage());
        }
    }
}
