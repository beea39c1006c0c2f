package org.dossier.editorial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.dossier.accounts.AuditLog;
import org.dossier.accounts.Role;
import org.dossier.publications.EventDetails;
import org.dossier.publications.PublicationInput;
import org.dossier.publications.PublicationRepository;
import org.dossier.publications.Status;
import org.dossier.redirects.RedirectRepository;
import org.dossier.taxonomy.Section;
import org.dossier.taxonomy.TaxonomyRepository;
import org.dossier.testing.Accounts;
import org.dossier.testing.Fixtures;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Merging a section into another from the back office: moves, redirects, deletion, audit, cache, refusals. */
abstract class SectionMergeContract {

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired Fixtures fixtures;
    @Autowired PublicationRepository publications;
    @Autowired TaxonomyRepository taxonomy;
    @Autowired RedirectRepository redirects;
    @Autowired AuditLog audit;

    private Section a;
    private Section b;

    @BeforeEach
    void sections() {
        a = fixtures.section("Old commentary");
        b = fixtures.section("Analysis");
    }

    private long publish(Section section, String slug, String title, Status status, EventDetails event) {
        return fixtures.save(new PublicationInput(null, null, section.id(), fixtures.typeId("blog-post"), slug, title,
                null, null, "Body of " + title, status, status == Status.DRAFT ? null : Instant.now().minusSeconds(60),
                null, List.of(), List.of(), List.of(), List.of(), null, event, List.of()));
    }

    private MockHttpServletResponse merge(long from, long into) throws Exception {
        return mvc.perform(post("/admin/taxonomy/sections/merge").with(csrf()).with(accounts.as(Role.EDITOR))
                .param("from", String.valueOf(from)).param("into", String.valueOf(into))).andReturn().getResponse();
    }

    private MockHttpServletResponse open(String path) throws Exception {
        return mvc.perform(get(path)).andReturn().getResponse();
    }

    @Test
    void mergeMovesEveryPublicationLeavesRedirectsFromEveryOldAddressDeletesTheSectionAndAudits() throws Exception {
        String title = Fixtures.unique("Moved essay");
        long moved = publish(a, "moved-essay", title, Status.PUBLISHED, null);
        Instant start = Instant.now().plus(10, ChronoUnit.DAYS);
        publish(a, "launch", Fixtures.unique("Launch event"), Status.PUBLISHED,
                new EventDetails(start, start.plus(2, ChronoUnit.HOURS), "Seoul"));
        long draft = publish(a, "unfinished", Fixtures.unique("Unfinished"), Status.DRAFT, null);
        publish(b, "resident", Fixtures.unique("Resident piece"), Status.PUBLISHED, null);
        String wordpressId = Fixtures.unique("merge");
        redirects.save("/?p=" + wordpressId, a.url() + "moved-essay");
        assertThat(Jsoup.parse(open(b.url()).getContentAsString()).text()).doesNotContain(title);

        MockHttpServletResponse response = merge(a.id(), b.id());

        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(taxonomy.section(a.slug())).isEmpty();
        assertThat(publications.byId(moved).orElseThrow().section().id()).isEqualTo(b.id());
        assertThat(publications.byId(draft).orElseThrow().section().id()).isEqualTo(b.id());
        String base = "/" + a.slug();
        String into = "/" + b.slug();
        assertRedirect(base + "/", into + "/");
        assertRedirect(base, into + "/");
        for (String format : List.of("xml", "atom", "json")) {
            assertRedirect(base + "/feed." + format, into + "/feed." + format);
        }
        assertRedirect(base + "/moved-essay", into + "/moved-essay");
        assertRedirect(base + "/launch.ics", into + "/launch.ics");
        assertThat(mvc.perform(get("/").queryParam("p", wordpressId)).andReturn().getResponse()
                .getHeader("Location")).as("an older redirect goes straight to the new place").isEqualTo(into + "/moved-essay");
        assertThat(open(into + "/moved-essay").getStatus()).isEqualTo(200);
        assertThat(open(into + "/unfinished").getStatus()).as("a moved draft stays private").isEqualTo(404);
        assertThat(Jsoup.parse(open(into + "/").getContentAsString()).text())
                .as("the page cache was invalidated").contains(title);
        assertThat(audit.recent("section.merge", 20, 0))
                .anyMatch(e -> e.subject().equals(a.name() + " -> " + b.name()) && e.detail().startsWith("3 publications"));
    }

    private void assertRedirect(String from, String to) throws Exception {
        MockHttpServletResponse response = open(from);
        assertThat(response.getStatus()).as(from).isEqualTo(301);
        assertThat(response.getHeader("Location")).as(from).isEqualTo(to);
    }

    @Test
    void aSlugInBothSectionsStopsTheMergeWithTheClashingSlugsAndChangesNothing() throws Exception {
        long inA = publish(a, "same-slug", Fixtures.unique("In A"), Status.PUBLISHED, null);
        publish(a, "only-in-a", Fixtures.unique("Only A"), Status.PUBLISHED, null);
        publish(a, "also-both", Fixtures.unique("Also A"), Status.DRAFT, null);
        publish(b, "same-slug", Fixtures.unique("In B"), Status.PUBLISHED, null);
        publish(b, "also-both", Fixtures.unique("Also B"), Status.PUBLISHED, null);
        int redirectsBefore = redirects.all().size();

        MockHttpServletResponse response = merge(a.id(), b.id());

        assertThat(response.getStatus()).isEqualTo(400);
        String error = Jsoup.parse(response.getContentAsString()).select(".errors").text();
        assertThat(error).contains("Nothing was merged").contains("2 publication addresses")
                .contains("also-both, same-slug").doesNotContain("only-in-a");
        assertThat(taxonomy.section(a.slug())).isPresent();
        assertThat(publications.byId(inA).orElseThrow().section().id()).isEqualTo(a.id());
        assertThat(redirects.all()).hasSize(redirectsBefore);
        assertThat(open(a.url()).getStatus()).isEqualTo(200);
        assertThat(open(a.url() + "same-slug").getStatus()).isEqualTo(200);
    }

    @Test
    void mergingASectionIntoItselfOrIntoOneThatDoesNotExistIsRefused() throws Exception {
        MockHttpServletResponse self = merge(a.id(), a.id());
        assertThat(self.getStatus()).isEqualTo(400);
        assertThat(Jsoup.parse(self.getContentAsString()).select(".errors").text()).contains("two different sections");
        assertThat(merge(a.id(), 999_999_999L).getStatus()).isEqualTo(404);
        MockHttpServletResponse missing = mvc.perform(post("/admin/taxonomy/sections/merge").with(csrf())
                .with(accounts.as(Role.EDITOR)).param("from", String.valueOf(a.id()))).andReturn().getResponse();
        assertThat(missing.getStatus()).isEqualTo(400);
        assertThat(taxonomy.section(a.slug())).isPresent();
        assertThat(audit.recent("section.merge", 50, 0)).noneMatch(e -> e.subject().startsWith(a.name() + " -> " + a.name()));
    }
}
