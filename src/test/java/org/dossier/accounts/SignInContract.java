package org.dossier.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Instant;
import org.dossier.testing.Accounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Sign-in through the real form, sessions in the database, lockout and two-step codes. */
abstract class SignInContract {

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired UserRepository users;
    @Autowired AuditLog audit;
    @Autowired AccountService service;

    MockHttpServletResponse signIn(String email, String password, String code) throws Exception {
        var request = post("/admin/login").with(csrf()).param("email", email).param("password", password);
        if (code != null) {
            request = request.param("code", code);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void rightPasswordSignsInWithASessionCookieThatOpensTheDashboard() throws Exception {
        User editor = accounts.create(Role.EDITOR);
        MockHttpServletResponse response = signIn(editor.email().toUpperCase(), Accounts.PASSWORD, null);
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).isEqualTo("/admin");
        Cookie session = response.getCookie("SESSION");
        assertThat(session).isNotNull();
        mvc.perform(get("/admin").cookie(session)).andExpect(status().isOk());
        mvc.perform(post("/admin/logout").with(csrf()).cookie(session))
                .andExpect(redirectedUrl("/admin/login?signed-out=1"));
        mvc.perform(get("/admin").cookie(session)).andExpect(redirectedUrl("/admin/login"));
    }

    @Test
    void wrongPasswordAndUnknownEmailFailAlike() throws Exception {
        User author = accounts.create(Role.AUTHOR);
        assertThat(signIn(author.email(), "wrong password here", null).getRedirectedUrl()).isEqualTo("/admin/login?error=1");
        assertThat(signIn("nobody@example.org", "wrong password here", null).getRedirectedUrl())
                .isEqualTo("/admin/login?error=1");
        String page = mvc.perform(get("/admin/login?error=1")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Sign-in failed").doesNotContain("locked").doesNotContain("unknown");
    }

    @Test
    void repeatedFailuresLockTheAccountEvenAgainstTheRightPassword() throws Exception {
        User admin = accounts.create(Role.ADMIN);
        for (int i = 0; i < 5; i++) {
            signIn(admin.email(), "not the password " + i, null);
        }
        assertThat(users.byId(admin.id()).orElseThrow().lockedUntil()).isAfter(Instant.now());
        assertThat(signIn(admin.email(), Accounts.PASSWORD, null).getRedirectedUrl()).isEqualTo("/admin/login?error=1");
        assertThat(audit.recent("user.locked", 50, 0)).anyMatch(e -> e.subject().equals(admin.email()));
    }

    @Test
    void eachFailedAttemptCountsOnceSoTheLockComesAtTheConfiguredFifth() throws Exception {
        User editor = accounts.create(Role.EDITOR);
        for (int i = 0; i < 4; i++) {
            signIn(editor.email(), "wrong " + i, null);
        }
        assertThat(users.byId(editor.id()).orElseThrow().lockedUntil()).as("locked before the fifth failure").isNull();
        assertThat(signIn(editor.email(), Accounts.PASSWORD, null).getRedirectedUrl()).isEqualTo("/admin");
    }

    @Test
    void oneAddressFailingAcrossManyAccountsIsPausedEvenWithARightPassword() throws Exception {
        User editor = accounts.create(Role.EDITOR);
        String address = "192.0.2." + (1 + (int) (Math.random() * 250));
        for (int i = 0; i < 30; i++) {
            mvc.perform(post("/admin/login").with(csrf()).with(r -> { r.setRemoteAddr(address); return r; })
                    .param("email", "guess" + i + "@example.org").param("password", "guess " + i));
        }
        var blocked = mvc.perform(post("/admin/login").with(csrf()).with(r -> { r.setRemoteAddr(address); return r; })
                .param("email", editor.email()).param("password", Accounts.PASSWORD)).andReturn().getResponse();
        assertThat(blocked.getRedirectedUrl()).isEqualTo("/admin/login?error=1");
        assertThat(users.byId(editor.id()).orElseThrow().lockedUntil()).isNull();
        assertThat(signIn(editor.email(), Accounts.PASSWORD, null).getRedirectedUrl()).isEqualTo("/admin");
    }

    @Test
    void signingInGivesANewSessionIdSoAPlantedOneIsUseless() throws Exception {
        User editor = accounts.create(Role.EDITOR);
        MockHttpServletResponse page = mvc.perform(get("/admin/login")).andReturn().getResponse();
        Cookie before = page.getCookie("SESSION");
        assertThat(before).isNotNull();
        MockHttpServletResponse signedIn = mvc.perform(post("/admin/login").with(csrf()).cookie(before)
                .param("email", editor.email()).param("password", Accounts.PASSWORD)).andReturn().getResponse();
        Cookie after = signedIn.getCookie("SESSION");
        assertThat(after).isNotNull();
        assertThat(after.getValue()).isNotEqualTo(before.getValue());
        mvc.perform(get("/admin").cookie(before)).andExpect(redirectedUrl("/admin/login"));
        mvc.perform(get("/admin").cookie(after)).andExpect(status().isOk());
    }

    @Test
    void loginWithoutCsrfTokenIsRefused() throws Exception {
        User editor = accounts.create(Role.EDITOR);
        mvc.perform(post("/admin/login").param("email", editor.email()).param("password", Accounts.PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void accountWithTotpNeedsTheCurrentCode() throws Exception {
        User admin = accounts.create(Role.ADMIN);
        String secret = service.beginTotp(admin.id());
        Instant now = Instant.now();
        service.confirmTotp(admin.id(), Totp.code(secret, now));
        assertThat(signIn(admin.email(), Accounts.PASSWORD, null).getRedirectedUrl()).isEqualTo("/admin/login?error=1");
        assertThat(signIn(admin.email(), Accounts.PASSWORD, "000000").getRedirectedUrl())
                .isIn("/admin/login?error=1", "/admin");
        assertThat(signIn(admin.email(), Accounts.PASSWORD, Totp.code(secret, now.plusSeconds(30))).getRedirectedUrl())
                .isEqualTo("/admin");
    }

    @Test
    void aTotpCodeSignsInOnceAndIsRefusedWhenReplayedWithinItsWindow() throws Exception {
        User admin = accounts.create(Role.ADMIN);
        String secret = service.beginTotp(admin.id());
        Instant now = Instant.now();
        String confirmation = Totp.code(secret, now);
        service.confirmTotp(admin.id(), confirmation);
        String next = Totp.code(secret, now.plusSeconds(30));

        assertThat(signIn(admin.email(), Accounts.PASSWORD, confirmation).getRedirectedUrl())
                .as("the code that switched TOTP on is spent").isEqualTo("/admin/login?error=1");
        assertThat(signIn(admin.email(), Accounts.PASSWORD, next).getRedirectedUrl()).isEqualTo("/admin");
        MockHttpServletResponse replay = signIn(admin.email(), Accounts.PASSWORD, next);
        assertThat(replay.getRedirectedUrl()).as("same code twice").isEqualTo("/admin/login?error=1");
        String page = mvc.perform(get("/admin/login?error=1")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Sign-in failed").doesNotContain("already used");
        assertThat(users.byId(admin.id()).orElseThrow().failedLogins()).as("the replay counts as a failure").isPositive();

        service.disableTotp(admin.id(), "test");
        String fresh = service.beginTotp(admin.id());
        service.confirmTotp(admin.id(), Totp.code(fresh, now));
        assertThat(signIn(admin.email(), Accounts.PASSWORD, Totp.code(fresh, now.plusSeconds(30))).getRedirectedUrl())
                .as("starting over forgets the old secret's last step").isEqualTo("/admin");
    }

    @Test
    void securityHeadersAreOnAdminAndPublicPages() throws Exception {
        for (String path : new String[] {"/admin/login", "/"}) {
            mvc.perform(get(path))
                    .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString(
                            "script-src 'self'")))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                    .andExpect(header().doesNotExist("Strict-Transport-Security"));
        }
        mvc.perform(get("/admin/login").secure(true))
                .andExpect(header().string("Strict-Transport-Security", org.hamcrest.Matchers.containsString("max-age=")));
    }

    @Test
    void passwordsAreStoredAsArgon2idHashes() {
        User u = accounts.create(Role.CONTRIBUTOR);
        assertThat(users.passwordHash(u.id()).orElseThrow()).startsWith("$argon2id$");
    }
}
