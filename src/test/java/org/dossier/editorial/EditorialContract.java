package org.dossier.editorial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.dossier.accounts.Role;
import org.dossier.accounts.SignedIn;
import org.dossier.accounts.User;
import org.dossier.publications.AttachmentInput;
import org.dossier.publications.EventDetails;
import org.dossier.publications.FeaturedImage;
import org.dossier.publications.InvalidPublicationException;
import org.dossier.publications.Publication;
import org.dossier.publications.PublicationInput;
import org.dossier.publications.PublicationRepository;
import org.dossier.publications.RevisionRepository;
import org.dossier.publications.Status;
import org.dossier.taxonomy.Section;
import org.dossier.taxonomy.TaxonomyRepository;
import org.dossier.taxonomy.TermKind;
import org.dossier.testing.Accounts;
import org.dossier.testing.Fixtures;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The editorial workflow on a real database: revisions, restore, roles, corrections, merges, preview links. */
abstract class EditorialContract {

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired Fixtures fixtures;
    @Autowired EditorialService editorial;
    @Autowired org.dossier.editorial.PublicNotes notes;
    @Autowired CatalogService catalog;
    @Autowired PublicationRepository publications;
    @Autowired RevisionRepository revisions;
    @Autowired TaxonomyRepository taxonomy;

    private SignedIn editor;
    private User editorUser;
    private Section section;

    @BeforeEach
    void setUp() {
        editorUser = accounts.create(Role.EDITOR);
        editor = signedIn(editorUser);
        section = fixtures.section("Editorial");
    }

    private static SignedIn signedIn(User u) {
        return new SignedIn(u.id(), u.email(), u.role());
    }

    private PublicationInput full(Long id, String title, String body) {
        long author = fixtures.expert("Rev Author");
        long topic = fixtures.topic("Rev Topic").id();
        Instant start = Instant.parse("2030-05-01T09:00:00Z");
        return new PublicationInput(id, null, section.id(), fixtures.typeId("report"), null, title, "A subtitle of " + title,
                "Summary of " + title, body, Status.DRAFT, null, null, List.of(author), List.of(topic), List.of(),
                List.of(), new FeaturedImage("/assets/img/favicon.svg", "Alt " + title, "Caption", "Credit", "CC BY"),
                new EventDetails(start, start.plus(2, ChronoUnit.HOURS), "Room " + title),
                List.of(new AttachmentInput("Full report " + title, "/media/files/" + title.hashCode() + ".pdf",
                        "application/pdf", null)));
    }

    @Test
    void everySaveKeepsARevisionAndRestoringOneBringsBackExactlyItsContent() {
        long id = editorial.save(editor, full(null, "First version", "Body *one*.\n\n- a\n- b"), EditAction.SAVE);
        Publication first = publications.byId(id).orElseThrow();
        editorial.save(editor, full(id, "Second version", "Body **two**, rewritten."), EditAction.SAVE);
        assertThat(publications.byId(id).orElseThrow().title()).isEqualTo("Second version");
        assertThat(revisions.of(id)).extracting(r -> r.number()).containsExactly(2, 1);

        editorial.restore(editor, id, 1);

        Publication restored = publications.byId(id).orElseThrow();
        assertThat(restored.title()).isEqualTo(first.title());
        assertThat(restored.subtitle()).isEqualTo(first.subtitle());
        assertThat(restored.slug()).isEqualTo(first.slug());
        assertThat(restored.summary()).isEqualTo(first.summary());
        assertThat(restored.bodyMd()).isEqualTo(first.bodyMd());
        assertThat(restored.bodyHtml()).isEqualTo(first.bodyHtml());
        assertThat(restored.image()).isEqualTo(first.image());
        assertThat(restored.event()).isEqualTo(first.event());
        assertThat(restored.authors()).isEqualTo(first.authors());
        assertThat(restored.topics()).isEqualTo(first.topics());
        assertThat(restored.attachments()).extracting(a -> a.title() + a.url())
                .isEqualTo(first.attachments().stream().map(a -> a.title() + a.url()).toList());
        assertThat(revisions.of(id)).hasSize(3);
        assertThat(revisions.of(id).get(0).savedBy()).isEqualTo(editor.email());
    }

    @Test
    void importedItemsGetTheirImportedStateAsFirstRevisionWhenFirstEdited() {
        var service = fixtures.service();
        long id = service.saveAllPrepared(List.of(service.prepare(full(null, "As imported", "Imported *body*."))))
                .ids().get(0);
        assertThat(revisions.of(id)).isEmpty();
        editorial.save(editor, full(id, "Edited after import", "New body."), EditAction.SAVE);
        assertThat(revisions.of(id)).extracting(r -> r.savedBy()).containsExactly(editor.email(), "before first edit");
        editorial.restore(editor, id, 1);
        Publication restored = publications.byId(id).orElseThrow();
        assertThat(restored.title()).isEqualTo("As imported");
        assertThat(restored.bodyMd()).isEqualTo("Imported *body*.");
    }

    @Test
    void authorsEditOnlyTheirOwnDraftsAndCannotPublish() {
        SignedIn author = signedIn(accounts.create(Role.AUTHOR));
        SignedIn other = signedIn(accounts.create(Role.AUTHOR));
        long id = editorial.save(author, fixtures.post(section, "Author draft", Status.DRAFT, null), EditAction.SUBMIT);
        assertThat(editorial.reviewRequested(id)).isTrue();
        assertThatThrownBy(() -> editorial.open(other, id)).isInstanceOf(NotAllowedException.class);
        var mine = fixtures.post(section, "Author draft", Status.DRAFT, null).withIdentity(id, "");
        assertThatThrownBy(() -> editorial.save(author, mine, EditAction.PUBLISH)).isInstanceOf(NotAllowedException.class);
        assertThat(publications.byId(id).orElseThrow().status()).isEqualTo(Status.DRAFT);
        editorial.publish(editor, id);
        assertThatThrownBy(() -> editorial.open(author, id)).isInstanceOf(NotAllowedException.class);
        SignedIn contributor = signedIn(accounts.create(Role.CONTRIBUTOR));
        assertThatThrownBy(() -> editorial.save(contributor, fixtures.post(section, "C", Status.DRAFT, null),
                EditAction.SUBMIT)).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void aRefusedSaveCreatesNoAuthorsOrTerms() {
        String name = Fixtures.unique("Ghost Author");
        var bad = new PublicationInput(null, null, section.id(), fixtures.typeId("report"), null, "", null, null, "x",
                Status.DRAFT, null, null, List.of(), List.of(), List.of(), List.of(), null, null, List.of());
        assertThatThrownBy(() -> editorial.save(editor, bad, new EditorialService.Names(name, name, "", ""),
                EditAction.SAVE)).isInstanceOf(InvalidPublicationException.class);
        assertThat(taxonomy.terms(TermKind.TOPIC)).noneMatch(t -> t.name().equals(name));
    }

    @Test
    void typedNamesBecomeAuthorsAndTermsCreatedOnTheFly() {
        String topic = Fixtures.unique("Maritime Law");
        long id = editorial.save(editor, fixtures.post(section, "With names", Status.DRAFT, null),
                new EditorialService.Names("Jin Seo, Ada Park", topic, "East Asia", "ships"), EditAction.SAVE);
        Publication p = publications.byId(id).orElseThrow();
        assertThat(p.authors()).extracting(a -> a.name()).containsExactly("Jin Seo", "Ada Park");
        assertThat(p.topics()).extracting(t -> t.name()).containsExactly(topic);
        assertThat(p.regions()).extracting(t -> t.name()).containsExactly("East Asia");
    }

    @Test
    void correctionsAppearDatedOnThePublicPage() throws Exception {
        long id = editorial.save(editor, fixtures.post(section, "Corrected piece", Status.DRAFT, null), EditAction.PUBLISH);
        notes.addCorrection(editor, id, "An earlier version gave the wrong year for the treaty.");
        String html = mvc.perform(get(publications.byId(id).orElseThrow().url())).andReturn().getResponse()
                .getContentAsString();
        assertThat(Jsoup.parse(html).select(".corrections li").text())
                .startsWith("Corrected on").contains("the wrong year for the treaty");
        assertThatThrownBy(() -> notes.addCorrection(editor, id, "  ")).isInstanceOf(InvalidPublicationException.class);
    }

    @Test
    void withdrawnItemsAnswerGoneAndSecretPreviewShowsDrafts() throws Exception {
        long id = editorial.save(editor, fixtures.post(section, "Short-lived", Status.DRAFT, null), EditAction.SAVE);
        String url = publications.byId(id).orElseThrow().url();
        assertThat(mvc.perform(get(url)).andReturn().getResponse().getStatus()).isEqualTo(404);
        String preview = notes.previewPath(editor, id);
        String page = mvc.perform(get(preview)).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(page).select("h1").text()).isEqualTo("Short-lived");
        assertThat(Jsoup.parse(page).select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        editorial.publish(editor, id);
        assertThat(mvc.perform(get(url)).andReturn().getResponse().getStatus()).isEqualTo(200);
        editorial.withdraw(editor, id);
        assertThat(mvc.perform(get(url)).andReturn().getResponse().getStatus()).isEqualTo(410);
    }

    @Test
    void mergingExpertsAndTopicsMovesLinksAndRedirectsTheOldAddress() throws Exception {
        long a = catalog.createExpert(Fixtures.unique("Dup Name"), "t");
        long b = catalog.createExpert(Fixtures.unique("Real Name"), "t");
        long id = editorial.save(editor, fixtures.post(section, "Merged byline", Status.DRAFT, Instant.now(), a),
                EditAction.PUBLISH);
        String oldUrl = catalog.expert(a).url();
        catalog.mergeExperts(a, b, "t");
        assertThat(publications.byId(id).orElseThrow().authors()).extracting(e -> e.id()).containsExactly(b);
        var response = mvc.perform(get(oldUrl)).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(301);
        assertThat(response.getHeader("Location")).isEqualTo(catalog.expert(b).url());

        long t1 = catalog.createTerm(TermKind.TOPIC, Fixtures.unique("Dup topic"), "t");
        long t2 = catalog.createTerm(TermKind.TOPIC, Fixtures.unique("Kept topic"), "t");
        String oldTopic = catalog.term(TermKind.TOPIC, t1).url();
        catalog.mergeTerms(TermKind.TOPIC, t1, t2, "t");
        assertThat(mvc.perform(get(oldTopic)).andReturn().getResponse().getHeader("Location"))
                .isEqualTo(catalog.term(TermKind.TOPIC, t2).url());
        assertThatThrownBy(() -> catalog.mergeTerms(TermKind.TOPIC, t2, t2, "t"))
                .isInstanceOf(InvalidPublicationException.class);
    }

    @Test
    void editorFormRefusesBadInputWith400AndSavesNothing() throws Exception {
        long before = publications.countAll();
        var response = mvc.perform(post("/admin/publications").with(csrf()).with(Accounts.as(editorUser))
                .param("title", "Has bad date").param("sectionId", String.valueOf(section.id())).param("typeId", "1")
                .param("publishedAt", "yesterday-ish").param("action", "schedule")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(response.getContentAsString()).select(".errors").text()).contains("publication time");
        var js = mvc.perform(post("/admin/publications").with(csrf()).with(Accounts.as(editorUser))
                .param("title", "Bad image").param("sectionId", String.valueOf(section.id())).param("typeId", "1")
                .param("imageUrl", "javascript:alert(1)").param("imageAlt", "x")).andReturn().getResponse();
        assertThat(js.getStatus()).isEqualTo(400);
        assertThat(publications.countAll()).isEqualTo(before);
    }

    @Test
    void livePreviewRendersAndSanitisesWithThePublicRenderer() throws Exception {
        String json = mvc.perform(post("/admin/publications/preview").with(csrf()).with(Accounts.as(editorUser))
                .param("body", "## Heading\n\n<script>alert(1)</script><img src=x onerror=alert(2)>\n\nSome **bold** words"))
                .andReturn().getResponse().getContentAsString();
        assertThat(json).contains("<h2").contains("<strong>bold</strong>").doesNotContain("<script").doesNotContain("onerror");
    }

    @Test
    void revisionDiffShowsRemovedAndAddedLines() throws Exception {
        long id = editorial.save(editor, full(null, "Diff one", "same line\nold line"), EditAction.SAVE);
        editorial.save(editor, full(id, "Diff one", "same line\nnew line"), EditAction.SAVE);
        String html = mvc.perform(get("/admin/publications/" + id + "/revisions/diff?from=1&to=2")
                .with(Accounts.as(editorUser))).andReturn().getResponse().getContentAsString();
        var doc = Jsoup.parse(html);
        assertThat(doc.select(".diff .del").text()).contains("old line");
        assertThat(doc.select(".diff .add").text()).contains("new line");
        assertThat(doc.select(".diff .same").text()).contains("same line");
    }
}
