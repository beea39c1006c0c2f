package org.dossier.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.dossier.accounts.Role;
import org.dossier.accounts.SignedIn;
import org.dossier.accounts.User;
import org.dossier.editorial.EditAction;
import org.dossier.editorial.EditorialService;
import org.dossier.testing.Accounts;
import org.dossier.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every admin route × every role × anonymous → the expected status. Anonymous pages redirect to the
 * sign-in form (302), the JSON API answers 401, a role without access gets 403. Authors and
 * contributors open only their own drafts, so on the admin's publication they get 403 too.
 */
abstract class AccessControlContract {

    private static final int LOGIN = 302;
    private static final AtomicInteger COUNTER = new AtomicInteger();

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired Fixtures fixtures;
    @Autowired EditorialService editorial;
    @Autowired org.dossier.editorial.PublicNotes notes;
    @Autowired org.dossier.newsletter.Newsletters newsletters;
    @Autowired org.dossier.subscriptions.SubscriberCsv subscriberCsv;
    @Autowired org.dossier.mail.MailLog mailLog;

    private final Map<Role, User> users = new EnumMap<>(Role.class);
    private long publication;
    private long expert;
    private long topic;
    private long otherUser;
    private String previewToken;
    private long newsletter;
    private long subscriber;
    private long mail;

    /** One row: request, then the expected status for anonymous, admin, editor, author, contributor. */
    record Row(String method, String path, String params, int anonymous, int admin, int editor, int author,
               int contributor) {

        int expected(Role role) {
            return role == null ? anonymous : switch (role) {
                case ADMIN -> admin;
                case EDITOR -> editor;
                case AUTHOR -> author;
                case CONTRIBUTOR -> contributor;
            };
        }
    }

    @BeforeEach
    void content() {
        for (Role role : Role.values()) {
            users.put(role, accounts.create(role));
        }
        User admin = users.get(Role.ADMIN);
        SignedIn signedIn = new SignedIn(admin.id(), admin.email(), admin.role());
        var section = fixtures.section("Access");
        publication = editorial.save(signedIn, fixtures.post(section, "Owned by the admin",
                org.dossier.publications.Status.DRAFT, null), EditAction.SAVE);
        editorial.save(signedIn, fixtures.post(section, "Owned by the admin", org.dossier.publications.Status.DRAFT,
                Instant.now()).withIdentity(publication, ""), EditAction.SAVE);
        expert = fixtures.expert("Access Expert");
        topic = fixtures.topic("Access Topic").id();
        otherUser = accounts.create(Role.CONTRIBUTOR).id();
        String path = notes.previewPath(signedIn, publication);
        previewToken = path.substring(path.lastIndexOf('/') + 1);
        newsletter = newsletters.create(new org.dossier.newsletter.NewsletterInput("Access letter", "Hello", null, null));
        String email = Fixtures.unique("access") + "@example.org";
        subscriberCsv.importCsv(new java.io.StringReader("email\n" + email + "\n"), "access");
        var row = mailLog.page(new org.dossier.mail.MailLog.Filter("", email, ""), 1, 0).get(0);
        mail = row.id();
        subscriber = subscriberId(email);
    }

    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private long subscriberId(String email) {
        return jdbc.sql("SELECT id FROM subscribers WHERE email = :e").param("e", email).query(Long.class).single();
    }

    List<Row> table() {
        long p = publication;
        return List.of(
                new Row("GET", "/admin", "", LOGIN, 200, 200, 200, 200),
                new Row("GET", "/admin/account", "", LOGIN, 200, 200, 200, 200),
                new Row("GET", "/admin/publications", "", LOGIN, 200, 200, 200, 200),
                new Row("GET", "/admin/publications?status=draft&q=owned", "", LOGIN, 200, 200, 200, 200),
                new Row("GET", "/admin/publications/new", "", LOGIN, 200, 200, 200, 200),
                new Row("GET", "/admin/publications/" + p, "", LOGIN, 200, 200, 403, 403),
                new Row("GET", "/admin/publications/" + p + "/revisions", "", LOGIN, 200, 200, 403, 403),
                new Row("GET", "/admin/publications/" + p + "/revisions/diff?from=1&to=2", "", LOGIN, 200, 200, 403, 403),
                new Row("GET", "/admin/media", "", LOGIN, 200, 200, 200, 200),
                new Row("GET", "/admin/experts", "", LOGIN, 200, 200, 403, 403),
                new Row("GET", "/admin/experts/" + expert, "", LOGIN, 200, 200, 403, 403),
                new Row("GET", "/admin/taxonomy", "", LOGIN, 200, 200, 403, 403),
                new Row("GET", "/admin/taxonomy/topics/" + topic, "", LOGIN, 200, 200, 403, 403),
                new Row("GET", "/admin/redirects", "", LOGIN, 200, 200, 403, 403),
                new Row("GET", "/admin/users", "", LOGIN, 200, 403, 403, 403),
                new Row("GET", "/admin/audit", "", LOGIN, 200, 403, 403, 403),
                new Row("GET", "/admin/api/search/synonyms", "", 401, 404, 404, 403, 403),
                new Row("GET", "/admin/login", "", 200, 302, 302, 302, 302),
                new Row("GET", "/admin/publications?author=" + expert + "&topic=" + topic + "&type=1&section=1", "",
                        LOGIN, 200, 200, 200, 200),
                new Row("GET", "/admin/publications?status=nonsense", "", LOGIN, 400, 400, 400, 400),
                new Row("GET", "/admin/password-reset", "", 200, 200, 200, 200, 200),
                new Row("GET", "/admin/preview/" + previewToken, "", 200, 200, 200, 200, 200),
                new Row("GET", "/admin/preview/not-a-token", "", 404, 404, 404, 404, 404),
                new Row("POST", "/admin/publications/preview", "body=**hi**", LOGIN, 200, 200, 200, 200),
                new Row("POST", "/admin/publications", "title=New {u}&sectionId=" + sectionId() + "&typeId=1&action=save",
                        LOGIN, 302, 302, 302, 302),
                new Row("POST", "/admin/publications", "title=Pub {u}&sectionId=" + sectionId() + "&typeId=1&action=publish",
                        LOGIN, 302, 302, 403, 403),
                new Row("POST", "/admin/publications", "title=Sub {u}&sectionId=" + sectionId() + "&typeId=1&action=submit",
                        LOGIN, 302, 302, 302, 403),
                new Row("POST", "/admin/publications/" + p, "title=Edited {u}&sectionId=" + sectionId() + "&typeId=1",
                        LOGIN, 302, 302, 403, 403),
                new Row("POST", "/admin/publications/" + p + "/publish", "", LOGIN, 302, 302, 403, 403),
                new Row("POST", "/admin/publications/" + p + "/withdraw", "", LOGIN, 302, 302, 403, 403),
                new Row("POST", "/admin/publications/" + p + "/corrections", "note=Fixed {u}", LOGIN, 302, 302, 403, 403),
                new Row("POST", "/admin/publications/" + p + "/corrections", "note=", LOGIN, 400, 400, 403, 403),
                new Row("POST", "/admin/redirects", "from=no-slash&to=/x", LOGIN, 400, 400, 403, 403),
                new Row("POST", "/admin/experts", "name=", LOGIN, 400, 400, 403, 403),
                new Row("POST", "/admin/publications/" + p + "/revisions/1/restore", "", LOGIN, 302, 302, 403, 403),
                new Row("POST", "/admin/publications/" + p + "/preview-link", "", LOGIN, 302, 302, 403, 403),
                new Row("POST", "/admin/publications/bulk", "action=publish&ids=" + p, LOGIN, 302, 302, 403, 403),
                new Row("POST", "/admin/experts", "name=Expert {u}", LOGIN, 302, 302, 403, 403),
                new Row("POST", "/admin/experts/" + expert, "name=Access Expert&slug=access-expert-{u}", LOGIN, 302, 302, 403, 403),
                new Row("POST", "/admin/taxonomy/topics", "name=Topic {u}", LOGIN, 302, 302, 403, 403),
                new Row("POST", "/admin/taxonomy/sections", "name=Section {u}", LOGIN, 302, 302, 403, 403),
                new Row("POST", "/admin/taxonomy/sections/merge", "from=" + sectionId() + "&into=" + sectionId(),
                        LOGIN, 400, 400, 403, 403),
                new Row("POST", "/admin/taxonomy/sections/merge", "from=999999998&into=999999999", LOGIN, 404, 404, 403, 403),
                new Row("POST", "/admin/redirects", "from=/old-{u}&to=/new-{u}", LOGIN, 302, 302, 403, 403),
                new Row("POST", "/admin/redirects/delete", "from=/old-none", LOGIN, 302, 302, 403, 403),
                new Row("POST", "/admin/media", "", LOGIN, 400, 400, 400, 400),
                new Row("POST", "/admin/users", "email=u{u}@example.org&role=author", LOGIN, 302, 403, 403, 403),
                new Row("POST", "/admin/users/" + otherUser + "/role", "role=author", LOGIN, 302, 403, 403, 403),
                new Row("POST", "/admin/users/" + otherUser + "/enabled", "enabled=true", LOGIN, 302, 403, 403, 403),
                new Row("POST", "/admin/account/password", "current=wrong&replacement=whatever", LOGIN, 400, 400, 400, 400),
                new Row("POST", "/admin/account/totp/start", "", LOGIN, 302, 302, 302, 302),
                new Row("GET", "/admin/search/synonyms", "", LOGIN, 200, 200, 403, 403),
                new Row("GET", "/admin/search/analytics", "", LOGIN, 200, 200, 403, 403),
                new Row("GET", "/admin/search/analytics?days=1", "", LOGIN, 400, 400, 403, 403),
                new Row("POST", "/admin/search/synonyms", "terms=acc{u}a, acc{u}b", LOGIN, 302, 302, 403, 403),
                new Row("POST", "/admin/search/synonyms", "terms=alone", LOGIN, 400, 400, 403, 403),
                new Row("POST", "/admin/search/synonyms/999999999", "terms=x{u}, y{u}", LOGIN, 404, 404, 403, 403),
                new Row("POST", "/admin/search/synonyms/999999999/delete", "", LOGIN, 302, 302, 403, 403),
                new Row("GET", "/admin/jobs/no-such-job", "", LOGIN, 404, 404, 403, 403),
                new Row("GET", "/admin/jobs/no-such-job/status", "", LOGIN, 404, 404, 403, 403),
                new Row("POST", "/admin/jobs/reindex", "", LOGIN, 302, 302, 403, 403),
                new Row("GET", "/admin/subscribers", "", LOGIN, 200, 200, 403, 403),
                new Row("GET", "/admin/subscribers?q=a&status=confirmed&topic=" + topic + "&page=2", "", LOGIN, 200, 200,
                        403, 403),
                new Row("GET", "/admin/subscribers/" + subscriber, "", LOGIN, 200, 200, 403, 403),
                new Row("GET", "/admin/subscribers/999999999", "", LOGIN, 404, 404, 403, 403),
                new Row("GET", "/admin/subscribers/export.csv", "", LOGIN, 200, 200, 403, 403),
                new Row("POST", "/admin/subscribers/999999999/unsubscribe", "", LOGIN, 404, 404, 403, 403),
                new Row("POST", "/admin/subscribers/999999999/erase", "", LOGIN, 404, 404, 403, 403),
                new Row("POST", "/admin/subscribers/import", "", LOGIN, 400, 400, 403, 403),
                new Row("GET", "/admin/newsletters", "", LOGIN, 200, 200, 403, 403),
                new Row("GET", "/admin/newsletters/new", "", LOGIN, 200, 200, 403, 403),
                new Row("GET", "/admin/newsletters/" + newsletter, "", LOGIN, 200, 200, 403, 403),
                new Row("GET", "/admin/newsletters/" + newsletter + "/preview.html", "", LOGIN, 200, 200, 403, 403),
                new Row("GET", "/admin/newsletters/" + newsletter + "/progress", "", LOGIN, 200, 200, 403, 403),
                new Row("GET", "/admin/newsletters/999999999", "", LOGIN, 404, 404, 403, 403),
                new Row("POST", "/admin/newsletters", "subject=", LOGIN, 400, 400, 403, 403),
                new Row("POST", "/admin/newsletters", "subject=Letter {u}", LOGIN, 302, 302, 403, 403),
                new Row("POST", "/admin/newsletters/" + newsletter, "subject=Access letter {u}", LOGIN, 302, 302, 403,
                        403),
                new Row("POST", "/admin/newsletters/" + newsletter + "/test", "email=bad", LOGIN, 400, 400, 403, 403),
                new Row("POST", "/admin/newsletters/" + newsletter + "/schedule", "at=2001-01-01T00:00", LOGIN, 400,
                        400, 403, 403),
                new Row("POST", "/admin/newsletters/" + newsletter + "/cancel", "", LOGIN, 400, 400, 403, 403),
                new Row("POST", "/admin/newsletters/999999999/send", "", LOGIN, 404, 404, 403, 403),
                new Row("GET", "/admin/mail/outbox", "", LOGIN, 200, 200, 403, 403),
                new Row("GET", "/admin/mail/outbox?status=captured&recipient=x&batch=y&page=3", "", LOGIN, 200, 200,
                        403, 403),
                new Row("GET", "/admin/mail/outbox/" + mail, "", LOGIN, 200, 200, 403, 403),
                new Row("GET", "/admin/mail/outbox/" + mail + "/body.html", "", LOGIN, 200, 200, 403, 403),
                new Row("GET", "/admin/mail/outbox/999999999", "", LOGIN, 404, 404, 403, 403),
                new Row("POST", "/admin/mail/outbox/" + mail + "/retry", "", LOGIN, 409, 409, 403, 403),
                new Row("GET", "/admin/jobs/import", "", LOGIN, 200, 200, 403, 403),
                new Row("POST", "/admin/jobs/import", "", LOGIN, 400, 400, 403, 403),
                new Row("POST", "/admin/api/newsletters/999999999/unschedule", "", 401, 400, 400, 403, 403));
    }

    private long sectionIdCache = -1;

    private long sectionId() {
        if (sectionIdCache < 0) {
            sectionIdCache = fixtures.section("Access posts").id();
        }
        return sectionIdCache;
    }

    @Test
    void everyAdminRouteAnswersEachRoleAsTheTableSays() throws Exception {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Row row : table()) {
            for (Role role : new Role[] {null, Role.ADMIN, Role.EDITOR, Role.AUTHOR, Role.CONTRIBUTOR}) {
                int status = perform(row, role).getStatus();
                checked++;
                if (status != row.expected(role)) {
                    wrong.add(row.method() + " " + row.path() + " as " + (role == null ? "anonymous" : role.db())
                            + ": " + status + ", expected " + row.expected(role));
                }
            }
        }
        assertThat(wrong).as("routes answering differently from the table").isEmpty();
        assertThat(checked).isGreaterThan(200);
    }

    @Test
    void anonymousPagesRedirectToTheSignInForm() throws Exception {
        assertThat(perform(new Row("GET", "/admin/publications", "", 0, 0, 0, 0, 0), null).getRedirectedUrl())
                .endsWith("/admin/login");
    }

    @Test
    void postsWithoutCsrfTokenAreRefusedForEveryRole() throws Exception {
        for (Role role : Role.values()) {
            for (String path : List.of("/admin/publications", "/admin/publications/" + publication + "/withdraw",
                    "/admin/users", "/admin/redirects", "/admin/account/password", "/admin/logout",
                    "/admin/newsletters", "/admin/newsletters/" + newsletter + "/send", "/admin/subscribers/import",
                    "/admin/subscribers/" + subscriber + "/erase", "/admin/mail/outbox/" + mail + "/retry",
                    "/admin/jobs/import")) {
                int status = mvc.perform(post(path).param("title", "x").with(Accounts.as(users.get(role))))
                        .andReturn().getResponse().getStatus();
                assertThat(status).as(path + " as " + role).isEqualTo(403);
            }
        }
        int bogus = mvc.perform(post("/admin/publications").with(csrf().useInvalidToken())
                .with(Accounts.as(users.get(Role.ADMIN))).param("title", "x")).andReturn().getResponse().getStatus();
        assertThat(bogus).isEqualTo(403);
    }

    private MockHttpServletResponse perform(Row row, Role role) throws Exception {
        String u = String.valueOf(COUNTER.incrementAndGet()) + (role == null ? "anon" : role.db());
        MockHttpServletRequestBuilder request = row.method().equals("GET") ? get(row.path()) : post(row.path()).with(csrf());
        if (!row.params().isEmpty()) {
            for (String pair : row.params().split("&")) {
                int eq = pair.indexOf('=');
                request = request.param(pair.substring(0, eq), pair.substring(eq + 1).replace("{u}", u));
            }
        }
        if (role != null) {
            request = request.with(Accounts.as(users.get(role)));
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}
