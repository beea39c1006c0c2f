package org.dossier.editorial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.dossier.accounts.Role;
import org.dossier.accounts.SignedIn;
import org.dossier.accounts.User;
import org.dossier.publications.PublicationRepository;
import org.dossier.publications.RevisionRepository;
import org.dossier.publications.Status;
import org.dossier.taxonomy.Section;
import org.dossier.testing.Accounts;
import org.dossier.testing.Fixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Two people editing one publication: the later save over a newer version is refused and nothing is lost. */
abstract class EditConflictContract {

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired Fixtures fixtures;
    @Autowired EditorialService editorial;
    @Autowired PublicationRepository publications;
    @Autowired RevisionRepository revisions;

    private User first;
    private User second;
    private Section section;

    @BeforeEach
    void setUp() {
        first = accounts.create(Role.EDITOR);
        second = accounts.create(Role.EDITOR);
        section = fixtures.section("Contested");
    }

    private long draft(String title) {
        SignedIn by = new SignedIn(first.id(), first.email(), first.role());
        return editorial.save(by, fixtures.post(section, title, Status.DRAFT, null), EditAction.SAVE);
    }

    /** Opens the editor as {@code user} and returns the form's fields as the browser would send them. */
    private Map<String, String> load(User user, long id) throws Exception {
        String html = mvc.perform(get("/admin/publications/" + id).with(Accounts.as(user))).andReturn().getResponse()
                .getContentAsString();
        Document doc = Jsoup.parse(html);
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element e : doc.select("#editor-form input[name], #editor-form textarea[name], #editor-form select[name]")) {
            String name = e.attr("name");
            if (name.equals("_csrf") || e.attr("type").equals("file")) {
                continue;
            }
            fields.put(name, e.tagName().equals("select") ? e.select("option[selected]").val()
                    : e.tagName().equals("textarea") ? e.wholeText() : e.val());
        }
        return fields;
    }

    private MockHttpServletResponse save(User user, long id, Map<String, String> fields) throws Exception {
        MockHttpServletRequestBuilder request = post("/admin/publications/" + id).with(csrf()).with(Accounts.as(user))
                .param("action", "save");
        fields.forEach(request::param);
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void twoEditorsLoadAndSaveTheSecondGetsAConflictAndTheFirstsTextIsIntact() throws Exception {
        long id = draft(Fixtures.unique("Shared draft"));
        Map<String, String> mine = load(first, id);
        Map<String, String> theirs = load(second, id);
        assertThat(mine).containsKeys("version", "revision");
        int revisionsBefore = revisions.of(id).size();

        mine.put("body", "The first editor's careful rewrite.");
        assertThat(save(first, id, mine).getStatus()).isEqualTo(302);
        theirs.put("body", "The second editor's <b>unsaved</b> paragraph.\nSecond line.");
        MockHttpServletResponse conflict = save(second, id, theirs);

        assertThat(conflict.getStatus()).isEqualTo(409);
        Document page = Jsoup.parse(conflict.getContentAsString());
        assertThat(page.select("h1").text()).contains("Not saved");
        assertThat(page.select(".errors").text()).contains("revision #" + (revisionsBefore + 1)).contains(first.email());
        assertThat(page.select("#mine-body").first().wholeText())
                .isEqualTo("The second editor's <b>unsaved</b> paragraph.\nSecond line.");
        assertThat(page.select("#mine-body b")).as("the text is escaped, not markup").isEmpty();
        assertThat(page.select("#conflict-diff").attr("href")).isEqualTo("/admin/publications/" + id
                + "/revisions/diff?from=" + revisionsBefore + "&to=" + (revisionsBefore + 1));
        assertThat(mvc.perform(get(page.select("#conflict-diff").attr("href")).with(Accounts.as(second)))
                .andReturn().getResponse().getContentAsString()).contains("careful rewrite");
        assertThat(publications.byId(id).orElseThrow().bodyMd()).isEqualTo("The first editor's careful rewrite.");
        assertThat(revisions.of(id)).hasSize(revisionsBefore + 1);

        Map<String, String> reloaded = load(second, id);
        reloaded.put("body", "Merged by hand.");
        assertThat(save(second, id, reloaded).getStatus()).as("after reopening, saving works").isEqualTo(302);
        assertThat(publications.byId(id).orElseThrow().bodyMd()).isEqualTo("Merged by hand.");
    }

    @Test
    void aStatusChangeSinceLoadingAlsoRefusesTheSaveWithoutADiffLink() throws Exception {
        long id = draft(Fixtures.unique("Published meanwhile"));
        Map<String, String> stale = load(second, id);
        editorial.publish(new SignedIn(first.id(), first.email(), first.role()), id);
        stale.put("title", "Retitled on a stale form");
        MockHttpServletResponse conflict = save(second, id, stale);
        assertThat(conflict.getStatus()).isEqualTo(409);
        Document page = Jsoup.parse(conflict.getContentAsString());
        assertThat(page.select("#conflict-diff")).isEmpty();
        assertThat(page.select("#mine-title").val()).isEqualTo("Retitled on a stale form");
        assertThat(publications.byId(id).orElseThrow().title()).doesNotContain("stale form");
        assertThat(publications.byId(id).orElseThrow().status()).isEqualTo(Status.PUBLISHED);
    }

    @Test
    void twoSavesRacingFromTheSameVersionLetExactlyOneThrough() throws Exception {
        long id = draft(Fixtures.unique("Race"));
        int version = publications.byId(id).orElseThrow().version();
        SignedIn a = new SignedIn(first.id(), first.email(), first.role());
        SignedIn b = new SignedIn(second.id(), second.email(), second.role());
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (SignedIn who : List.of(a, b)) {
                Callable<String> task = () -> {
                    go.await();
                    var in = fixtures.post(section, "Saved by " + who.email(), Status.DRAFT, null).withIdentity(id, "");
                    try {
                        editorial.save(who, in, new EditorialService.Names("", "", "", ""), EditAction.SAVE, version);
                        return who.email();
                    } catch (EditConflictException e) {
                        return "conflict";
                    }
                };
                results.add(pool.submit(task));
            }
            go.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> f : results) {
                outcomes.add(f.get(60, TimeUnit.SECONDS));
            }
            assertThat(outcomes).containsOnlyOnce("conflict");
            String winner = outcomes.stream().filter(o -> !o.equals("conflict")).findFirst().orElseThrow();
            assertThat(publications.byId(id).orElseThrow().title()).isEqualTo("Saved by " + winner);
            assertThat(publications.byId(id).orElseThrow().version()).isEqualTo(version + 1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSaveWithoutAVersionStillWorksAndAMissingPublicationIsNotFound() throws Exception {
        long id = draft(Fixtures.unique("Versionless"));
        Map<String, String> fields = load(first, id);
        fields.remove("version");
        fields.remove("revision");
        fields.put("title", "Saved without a version");
        assertThat(save(first, id, fields).getStatus()).isEqualTo(302);
        fields.put("version", "1");
        assertThat(save(first, 999_999_999L, fields).getStatus()).isEqualTo(404);
    }
}
