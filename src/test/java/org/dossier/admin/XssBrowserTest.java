package org.dossier.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.dossier.accounts.AccountService;
import org.dossier.accounts.Role;
import org.dossier.accounts.SignedIn;
import org.dossier.accounts.User;
import org.dossier.editorial.CatalogService;
import org.dossier.editorial.EditAction;
import org.dossier.editorial.EditorialService;
import org.dossier.experts.Expert;
import org.dossier.publications.AttachmentInput;
import org.dossier.publications.EventDetails;
import org.dossier.publications.FeaturedImage;
import org.dossier.publications.Publication;
import org.dossier.publications.PublicationInput;
import org.dossier.publications.PublicationRepository;
import org.dossier.publications.Status;
import org.dossier.redirects.RedirectRepository;
import org.dossier.taxonomy.Section;
import org.dossier.taxonomy.TaxonomyRepository;
import org.dossier.taxonomy.Term;
import org.dossier.taxonomy.TermKind;
import org.dossier.testing.Accounts;
import org.dossier.testing.Browser;
import org.dossier.testing.BrowserTest;
import org.dossier.testing.Fixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 120 payloads of our own (src/test/resources/xss-payloads.txt, by OWASP cheat-sheet class) go into
 * every text field an editor can fill: publications (every field), experts, topics, regions, tags,
 * sections, corrections, user names, redirects. Then every public and admin page that shows them is
 * opened in Chromium, which must show no dialog, run no payload and contain no injected element,
 * and the stored HTML must come back sanitised. Each field gets four payloads at once, rotated so
 * every payload lands in every field.
 */
@BrowserTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class XssBrowserTest {

    private static final String MARK = "XSSMARK";
    private static final int PER_FIELD = 4;
    private static final String CHECK = """
            const problems = [];
            const urlAttrs = /^(href|src|action|formaction|data|srcdoc|xlink:href|background|poster|codebase)$/;
            for (const el of document.querySelectorAll('*')) {
              const tag = el.tagName.toLowerCase();
              if (tag.indexOf('xss') >= 0) problems.push('custom element ' + tag);
              if (tag === 'script') {
                const src = el.getAttribute('src');
                if (src !== null && !src.startsWith('/assets/')) problems.push('foreign script ' + src);
                if (el.type !== 'application/ld+json' && el.textContent.indexOf('XSSMARK') >= 0) problems.push('inline script');
              }
              // our own mail previews: a frame of an admin address, fully sandboxed (no script, no origin)
              const ownSandbox = tag === 'iframe' && el.getAttribute('sandbox') === ''
                  && (el.getAttribute('src') || '').startsWith('/admin/') && !el.hasAttribute('srcdoc');
              if (!ownSandbox && ['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'svg', 'math', 'video',
                   'audio', 'marquee', 'details', 'isindex', 'keygen', 'template', 'plaintext'].includes(tag)) {
                problems.push('element ' + tag);
              }
              if (tag === 'meta' && el.hasAttribute('http-equiv')) problems.push('meta http-equiv');
              if (tag === 'style') problems.push('style element');
              if (tag === 'link' && /stylesheet|import|preload/i.test(el.getAttribute('rel') || '')
                  && !(el.getAttribute('href') || '').startsWith('/assets/')) {
                problems.push('foreign ' + el.getAttribute('rel') + ' ' + el.getAttribute('href'));
              }
              for (const a of el.attributes) {
                const n = a.name.toLowerCase();
                const v = a.value;
                if (n.startsWith('on')) problems.push(tag + ' handler ' + n);
                if (urlAttrs.test(n) && /^\\s*(javascript|vbscript|data:text\\/html)/i.test(v)) problems.push(tag + ' ' + n + '=' + v);
                if ((n === 'style' || n === 'id' || n === 'autofocus') && v.indexOf('XSSMARK') >= 0) problems.push(tag + ' ' + n);
              }
            }
            if (window.XSSMARK) problems.push('payload script ran');
            if (window.__dialogs && window.__dialogs.length) problems.push('dialog ' + window.__dialogs.join(','));
            return problems.join('\\n');
            """;

    @LocalServerPort int port;
    @Autowired Accounts accounts;
    @Autowired AccountService accountService;
    @Autowired Fixtures fixtures;
    @Autowired EditorialService editorial;
    @Autowired org.dossier.editorial.PublicNotes notes;
    @Autowired CatalogService catalog;
    @Autowired TaxonomyRepository taxonomy;
    @Autowired PublicationRepository publications;
    @Autowired RedirectRepository redirects;
    @Autowired org.dossier.newsletter.Newsletters newsletters;
    @Autowired org.dossier.subscriptions.SubscriberCsv subscriberCsv;
    @Autowired org.dossier.mail.MailLog mailLog;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private Browser browser;
    private User admin;
    private List<String> payloads;
    private final List<String> publicPaths = new ArrayList<>();
    private final List<String> adminPaths = new ArrayList<>();
    private final List<Long> ids = new ArrayList<>();

    @BeforeAll
    void content() throws IOException {
        payloads = payloads();
        assertThat(payloads).hasSizeGreaterThanOrEqualTo(100);
        admin = accounts.create(Role.ADMIN);
        SignedIn as = new SignedIn(admin.id(), admin.email(), admin.role());
        int groups = (payloads.size() + PER_FIELD - 1) / PER_FIELD;
        List<Section> sections = new ArrayList<>();
        for (int k = 0; k < groups; k++) {
            sections.add(taxonomy.saveSection(Fixtures.unique("x"), group(k, 0), group(k, 1), 50 + k));
            long expertId = expert(k, 0);
            long secondExpert = expert(k, 1);
            Term topic = term(TermKind.TOPIC, k, 7, 0);
            Term region = term(TermKind.REGION, k, 9, 0);
            Term tag = term(TermKind.TAG, k, 11, 0);
            List<Term> second = List.of(term(TermKind.TOPIC, k, 7, 1), term(TermKind.REGION, k, 9, 1),
                    term(TermKind.TAG, k, 11, 1));
            Instant start = Instant.now().plus(10, ChronoUnit.DAYS);
            var in = new PublicationInput(null, null, sections.get(k).id(), fixtures.typeId("event"), null,
                    "P" + k + " " + group(k, 13), group(k, 14), group(k, 15), group(k, 16).replace("\\n", "\n"),
                    Status.DRAFT, Instant.now().minus(1, ChronoUnit.DAYS), null, List.of(expertId, secondExpert),
                    List.of(topic.id(), second.get(0).id()), List.of(region.id(), second.get(1).id()),
                    List.of(tag.id(), second.get(2).id()),
                    new FeaturedImage("/assets/img/favicon.svg", group(k, 17), group(k, 18), group(k, 19), group(k, 20)),
                    new EventDetails(start, start.plus(1, ChronoUnit.HOURS), group(k, 21)),
                    List.of(new AttachmentInput(group(k, 22), "/media/files/report-" + k + ".pdf", null, null)));
            long id = editorial.save(as, in, EditAction.PUBLISH);
            ids.add(id);
            notes.addCorrection(as, id, group(k, 23));
            accountService.create(Fixtures.unique("c") + "@example.org", group(k, 24), Role.CONTRIBUTOR,
                    "a long enough passphrase", "test");
            redirects.save("/old/" + k + "/" + group(k, 25).replace(" ", "-"), "/new/" + k);
            teamScreens(k, id);
            Publication p = publications.byId(id).orElseThrow();
            publicPaths.addAll(List.of(p.url(), sections.get(k).url(), "/experts/" + expertSlug(expertId),
                    "/experts/" + expertSlug(secondExpert), topic.url(), region.url(), tag.url(), second.get(0).url(),
                    second.get(1).url(), second.get(2).url()));
            adminPaths.addAll(List.of("/admin/publications/" + id, "/admin/experts/" + expertId,
                    "/admin/taxonomy/topics/" + topic.id(), "/admin/taxonomy/tags/" + tag.id()));
        }
        editorial.save(as, publications.byId(ids.get(0)).map(XssBrowserTest::asInput).orElseThrow(), EditAction.SAVE);
        publicPaths.addAll(List.of("/", "/experts/"));
        adminPaths.addAll(List.of("/admin", "/admin/publications", "/admin/publications?q=script", "/admin/experts",
                "/admin/taxonomy", "/admin/users", "/admin/audit", "/admin/redirects", "/admin/media",
                "/admin/newsletters", "/admin/subscribers", "/admin/mail/outbox", "/admin/newsletters/new",
                "/admin/publications/" + ids.get(0) + "/revisions",
                "/admin/publications/" + ids.get(0) + "/revisions/diff?from=1&to=2",
                notes.previewPath(as, ids.get(1))));
        browser = Browser.start();
        ((ChromeDriver) browser.driver()).executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "window.__dialogs = []; for (const f of ['alert', 'confirm', 'prompt', 'print']) {"
                        + " window[f] = function (m) { window.__dialogs.push(f + ':' + m); }; }"));
    }

    @AfterAll
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    /** The detector itself: on a page without our escaping or CSP, a payload is seen and its dialog caught. */
    @Test
    void detectorFlagsAnInjectedPayload() {
        browser.open("data:text/html,<p>plain</p><img src=x onerror=\"alert('XSSMARK')\"><iframe srcdoc=x></iframe>");
        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> ((String) ((JavascriptExecutor) browser.driver())
                .executeScript(CHECK)).contains("dialog alert:XSSMARK"));
        String found = (String) ((JavascriptExecutor) browser.driver()).executeScript(CHECK);
        assertThat(found).contains("img handler onerror", "element iframe");
        assertThat(unsafe("sample", "<p onclick=x>a</p><a href=' javascript:x'>b</a><script>x</script>")).hasSize(3);
    }

    @Test
    void storedHtmlIsSanitised() {
        List<String> problems = new ArrayList<>();
        for (long id : ids) {
            Publication p = publications.byId(id).orElseThrow();
            problems.addAll(unsafe("publication " + id, p.bodyHtml()));
            for (var author : p.authors()) {
                problems.addAll(unsafe("bio of " + author.id(), author.bioHtml()));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void noPayloadRunsOrInjectsAnElementOnAnyPublicOrAdminPage() {
        List<String> problems = new ArrayList<>();
        int opened = 0;
        for (String path : publicPaths.stream().distinct().toList()) {
            problems.addAll(open(path));
            opened++;
        }
        signIn();
        for (String path : adminPaths.stream().distinct().toList()) {
            problems.addAll(open(path));
            opened++;
        }
        assertThat(problems).isEmpty();
        assertThat(opened).isGreaterThan(150);
    }

    @Test
    void livePreviewOfEveryPayloadShowsNothingActive() {
        signIn();
        browser.open(url("/admin/publications/new"));
        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        String all = String.join("\n\n", payloads).replace("\\n", "\n") + "\n\nEND-OF-PREVIEW";
        js.executeScript("const b = document.getElementById('body'); b.value = arguments[0];"
                + " b.dispatchEvent(new Event('input'));", all);
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() ->
                browser.driver().findElement(By.id("preview")).getText().contains("END-OF-PREVIEW"));
        assertThat((String) js.executeScript(CHECK)).isEmpty();
        assertNoDialog();
    }

    @Test
    void theEditConflictPageShowsTheRefusedTextInertly() {
        signIn();
        long id = ids.get(0);
        browser.open(url("/admin/publications/" + id));
        // someone else saves meanwhile (a restore writes a new revision and version)
        editorial.restore(new SignedIn(admin.id(), admin.email(), admin.role()), id, 1);
        browser.driver().findElement(By.cssSelector("#editor-form button[name=action][value=save]")).click();
        Awaitility.await().atMost(Duration.ofSeconds(15)).ignoreExceptions().until(() ->
                browser.driver().findElement(By.tagName("h1")).getText().startsWith("Not saved"));
        assertNoDialog();
        assertThat(browser.driver().findElement(By.id("mine-body")).getAttribute("value")).isNotBlank();
        assertThat((String) ((JavascriptExecutor) browser.driver()).executeScript(CHECK)).isEmpty();
    }

    private List<String> open(String path) {
        browser.open(url(path));
        assertNoDialog();
        String found = (String) ((JavascriptExecutor) browser.driver()).executeScript(CHECK);
        assertThat(browser.driver().getPageSource()).as(path).doesNotContain("Something went wrong");
        return found.isEmpty() ? List.of() : found.lines().map(l -> path + ": " + l).toList();
    }

    private void signIn() {
        browser.open(url("/admin"));
        if (!browser.driver().getCurrentUrl().endsWith("/admin/login")) {
            return;
        }
        browser.driver().findElement(By.id("email")).sendKeys(admin.email());
        browser.driver().findElement(By.id("password")).sendKeys(Accounts.PASSWORD);
        browser.driver().findElement(By.cssSelector("form[action='/admin/login'] button[type=submit]")).click();
        Awaitility.await().atMost(Duration.ofSeconds(15)).ignoreExceptions().until(() ->
                browser.driver().findElement(By.tagName("h1")).getText().equals("Dashboard"));
    }

    private void assertNoDialog() {
        try {
            browser.driver().switchTo().alert();
            throw new AssertionError("A dialog opened on " + browser.driver().getCurrentUrl());
        } catch (NoAlertPresentException expected) {
            // no dialog: what we want
        }
    }

    /** The same checks as the browser's, on stored HTML. */
    private static List<String> unsafe(String where, String html) {
        List<String> problems = new ArrayList<>();
        for (Element el : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            String tag = el.tagName();
            if (List.of("script", "iframe", "object", "embed", "style", "link", "meta", "base", "form", "svg", "math",
                    "frame", "frameset", "applet", "video", "audio", "details", "template").contains(tag)) {
                problems.add(where + ": element " + tag);
            }
            for (Attribute a : el.attributes()) {
                String v = a.getValue().strip().toLowerCase(java.util.Locale.ROOT);
                if (a.getKey().startsWith("on") || a.getKey().equals("style") || v.startsWith("javascript")
                        || v.startsWith("vbscript") || v.startsWith("data:")) {
                    problems.add(where + ": " + tag + " " + a.getKey() + "=" + a.getValue());
                }
            }
        }
        return problems;
    }

    /**
     * The team screens: a newsletter (subject, intro) with a test copy in the outbox, and a subscriber
     * invited by CSV (name, organisation) whose confirmation mail is in the outbox too.
     */
    private void teamScreens(int k, long publication) {
        long letter = newsletters.create(new org.dossier.newsletter.NewsletterInput(cut(pair(2 * k, 26)),
                group(k, 27).replace("\\n", "\n"), List.of(publication), List.of()));
        String email = Fixtures.unique("xss") + "@example.org";
        newsletters.testSend(letter, email);
        subscriberCsv.importCsv(new java.io.StringReader("email,name,organisation\n" + email + "," + quoted(pair(2 * k, 28))
                + "," + quoted(pair(2 * k + 1, 28)) + "\n"), "xss");
        long subscriber = jdbc.sql("SELECT id FROM subscribers WHERE email = :e").param("e", email).query(Long.class)
                .single();
        adminPaths.addAll(List.of("/admin/newsletters/" + letter, "/admin/subscribers/" + subscriber));
        mailLog.page(new org.dossier.mail.MailLog.Filter("", email, ""), 5, 0)
                .forEach(m -> adminPaths.add("/admin/mail/outbox/" + m.id()));
    }

    private static String cut(String text) {
        return text.length() > 200 ? text.substring(0, 200).strip() : text;
    }

    private static String quoted(String text) {
        return "\"" + cut(text).replace("\"", "\"\"") + "\"";
    }

    /** Names are limited to 200 characters, so they take two payloads each, on two objects per group. */
    private Term term(TermKind kind, int k, int field, int half) {
        long id = catalog.createTerm(kind, kind.label() + " " + k + "-" + half, "test");
        catalog.updateTerm(kind, id, catalog.term(kind, id).slug(), pair(2 * k + half, field), group(k, field + 1), "test");
        return catalog.term(kind, id);
    }

    private long expert(int k, int half) {
        long id = catalog.createExpert("Expert " + k + "-" + half, "test");
        catalog.updateExpert(id, new CatalogService.ExpertEdit(catalog.expert(id).slug(), pair(2 * k + half, 2), pair(2 * k + half, 3),
                pair(2 * k + half, 4), group(k, 5), null, group(k, 6)), "test");
        return id;
    }

    private String pair(int index, int field) {
        return MARK + " " + payloads.get((2 * index + 2 * field) % payloads.size()) + " "
                + payloads.get((2 * index + 2 * field + 1) % payloads.size());
    }

    private String expertSlug(long id) {
        return catalog.expert(id).slug();
    }

    /** Four payloads for field {@code field} of object {@code k}; over all k each field gets every payload. */
    private String group(int k, int field) {
        StringBuilder s = new StringBuilder(MARK).append(' ');
        for (int j = 0; j < PER_FIELD; j++) {
            s.append(payloads.get((k * PER_FIELD + j + field * PER_FIELD) % payloads.size())).append(' ');
        }
        return s.toString().strip();
    }

    private static PublicationInput asInput(Publication p) {
        return new PublicationInput(p.id(), null, p.section().id(), p.type().id(), p.slug(), p.title() + " (edited)",
                p.subtitle(), p.summary(), p.bodyMd() + "\n\nEdited.", p.status(), p.publishedAt(), null,
                p.authors().stream().map(Expert::id).toList(), p.topics().stream().map(Term::id).toList(),
                p.regions().stream().map(Term::id).toList(), p.tags().stream().map(Term::id).toList(), p.image(),
                p.event(), p.attachments().stream().map(a -> new AttachmentInput(a.title(), a.url(), a.mediaType(),
                        a.sizeBytes())).toList());
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static List<String> payloads() throws IOException {
        try (InputStream in = XssBrowserTest.class.getResourceAsStream("/xss-payloads.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }
}
