package org.dossier.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.dossier.experts.ExpertRepository;
import org.dossier.publications.PublicationInput;
import org.dossier.publications.Status;
import org.dossier.taxonomy.Section;
import org.dossier.taxonomy.TaxonomyRepository;
import org.dossier.taxonomy.Term;
import org.dossier.taxonomy.TermKind;
import org.dossier.testing.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code /api/v1/publications} filters: several values per facet, years, dates, clear 400s, never a draft. */
@TestPropertySource(properties = {"dossier.api.requests-per-minute=40", "dossier.base-url=https://think.example.org"})
abstract class ApiFiltersContract {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired TaxonomyRepository taxonomy;
    @Autowired ExpertRepository experts;

    private final JsonMapper json = JsonMapper.builder().build();
    private int client;
    private Section s1;
    private Section s2;
    private Section s3;
    private Term t1;
    private Term t2;
    private Term r1;
    private Term g1;
    private String e1;
    private String e2;
    private String tag;

    @BeforeEach
    void content() {
        tag = Fixtures.unique("F");
        s1 = fixtures.section("Filter one");
        s2 = fixtures.section("Filter two");
        s3 = fixtures.section("Filter three");
        t1 = fixtures.topic("Filter topic one");
        t2 = fixtures.topic("Filter topic two");
        r1 = taxonomy.saveTerm(TermKind.REGION, Fixtures.unique("r"), "Filter region", "");
        g1 = taxonomy.saveTerm(TermKind.TAG, Fixtures.unique("g"), "Filter tag", "");
        long a1 = fixtures.expert("Filter Author One");
        long a2 = fixtures.expert("Filter Author Two");
        e1 = slug(a1);
        e2 = slug(a2);
        save("p1", s1, "blog-post", Status.PUBLISHED, "2021-03-01T10:00:00Z", List.of(a1), List.of(t1), List.of(), List.of());
        save("p2", s1, "report", Status.PUBLISHED, "2022-06-15T00:00:00Z", List.of(a2), List.of(t2), List.of(), List.of());
        save("p3", s2, "report", Status.PUBLISHED, "2023-01-10T08:00:00Z", List.of(a1), List.of(t1, t2), List.of(r1),
                List.of(g1));
        save("p4", s3, "blog-post", Status.PUBLISHED, "2022-12-31T23:59:00Z", List.of(), List.of(t1), List.of(), List.of());
        save("draft", s1, "report", Status.DRAFT, null, List.of(a1, a2), List.of(t1, t2), List.of(r1), List.of(g1));
        save("scheduled", s2, "report", Status.SCHEDULED, "2099-01-01T00:00:00Z", List.of(a1, a2), List.of(t1, t2),
                List.of(r1), List.of(g1));
        long withdrawn = save("withdrawn", s2, "report", Status.PUBLISHED, "2022-05-05T00:00:00Z", List.of(a1, a2),
                List.of(t1, t2), List.of(r1), List.of(g1));
        fixtures.service().withdraw(withdrawn);
    }

    private String slug(long expertId) {
        return experts.all().stream().filter(e -> e.id() == expertId).findFirst().orElseThrow().slug();
    }

    private long save(String name, Section section, String type, Status status, String publishedAt, List<Long> authors,
                      List<Term> topics, List<Term> regions, List<Term> tags) {
        return fixtures.save(new PublicationInput(null, null, section.id(), fixtures.typeId(type), null, tag + " " + name,
                null, null, "Body of " + name, status, publishedAt == null ? null : Instant.parse(publishedAt), null,
                authors, topics.stream().map(Term::id).toList(), regions.stream().map(Term::id).toList(),
                tags.stream().map(Term::id).toList(), null, null, List.of()));
    }

    private JsonNode read(String query, int expected) throws Exception {
        String address = "10.9.0." + (++client % 200 + 1);
        String body = mvc.perform(get("/api/v1/publications?size=50&" + query).with(r -> {
            r.setRemoteAddr(address);
            return r;
        })).andExpect(status().is(expected)).andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }

    /** The names (p1…p4) of the items a filter returns, newest first; never a draft, scheduled or withdrawn one. */
    private List<String> names(String query) throws Exception {
        List<String> names = new ArrayList<>();
        for (JsonNode item : read(query, 200).get("data")) {
            String title = item.get("title").asString();
            if (title.startsWith(tag + " ")) {
                names.add(title.substring(tag.length() + 1));
            }
        }
        assertThat(names).as(query).doesNotContain("draft", "scheduled", "withdrawn");
        return names;
    }

    @Test
    void severalValuesOfOneFacetAreAlternativesAndDifferentFacetsAllApply() throws Exception {
        assertThat(names("section=" + s1.slug() + "," + s2.slug())).containsExactly("p3", "p2", "p1");
        assertThat(names("section=" + s1.slug() + "&section=" + s2.slug())).containsExactly("p3", "p2", "p1");
        assertThat(names("topic=" + t1.slug() + "," + t2.slug())).containsExactly("p3", "p4", "p2", "p1");
        assertThat(names("topic=" + t1.slug())).containsExactly("p3", "p4", "p1");
        assertThat(names("topic=" + t1.slug() + "&type=report")).containsExactly("p3");
        assertThat(names("topic=" + t1.slug() + "," + t2.slug() + "&type=report,blog-post&section=" + s1.slug()))
                .containsExactly("p2", "p1");
        assertThat(names("author=" + e1 + "&expert=" + e2)).containsExactly("p3", "p2", "p1");
        assertThat(names("author=" + e1 + "," + e2 + "&topic=" + t2.slug())).containsExactly("p3", "p2");
        assertThat(names("region=" + r1.slug() + "&tag=" + g1.slug() + "&topic=" + t1.slug())).containsExactly("p3");
    }

    @Test
    void yearsAndDateRangesFilterByPublicationTime() throws Exception {
        String both = "topic=" + t1.slug() + "," + t2.slug();
        assertThat(names(both + "&year=2022")).containsExactly("p4", "p2");
        assertThat(names(both + "&year=2021,2023")).containsExactly("p3", "p1");
        assertThat(names(both + "&year=2021&year=2022&section=" + s1.slug())).containsExactly("p2", "p1");
        assertThat(names(both + "&from=2022-06-15&to=2022-12-31")).as("both ends inclusive").containsExactly("p4", "p2");
        assertThat(names(both + "&from=2022-06-16")).containsExactly("p3", "p4");
        assertThat(names(both + "&to=2021-03-01")).containsExactly("p1");
        assertThat(names(both + "&year=2020")).isEmpty();
    }

    @Test
    void pageLinksKeepEveryFilter() throws Exception {
        JsonNode page = json.readTree(mvc.perform(get("/api/v1/publications?size=1&topic=" + t1.slug() + "&topic="
                + t2.slug() + "&year=2022,2023").with(r -> {
                    r.setRemoteAddr("10.9.1.1");
                    return r;
                })).andReturn().getResponse().getContentAsString());
        assertThat(page.get("meta").get("total").asLong()).isEqualTo(3);
        String next = page.get("links").get("next").asString();
        assertThat(next).contains("topic=" + t1.slug() + "," + t2.slug()).contains("year=2022,2023").contains("page=2");
        JsonNode second = json.readTree(mvc.perform(get(next.replace("https://think.example.org", ""))
                .with(r -> {
                    r.setRemoteAddr("10.9.1.2");
                    return r;
                })).andReturn().getResponse().getContentAsString());
        assertThat(second.get("data")).hasSize(1);
        assertThat(second.get("meta").get("total").asLong()).isEqualTo(3);
    }

    @Test
    void badFilterValuesAnswer400NamingTheParameter() throws Exception {
        assertThat(message("topic=" + t1.slug() + ",nowhere")).contains("no topic 'nowhere'").contains("'topic'");
        assertThat(message("author=nobody-here")).contains("no author 'nobody-here'");
        assertThat(message("type=report,podcastish")).contains("no type 'podcastish'");
        assertThat(message("year=22")).contains("'year'");
        assertThat(message("year=2022,next")).contains("'year'").contains("next");
        assertThat(message("from=2024-13-01")).contains("'from'");
        assertThat(message("to=yesterday")).contains("'to'");
        assertThat(message("from=2024-05-01&to=2024-04-01")).contains("'from'").contains("'to'");
        assertThat(message("tag=" + String.join(",", java.util.stream.IntStream.range(0, 21).mapToObj(i -> "t" + i).toList()))).contains("'tag'").contains("at most");
        assertThat(message("region=" + r1.slug() + "&section=nowhere")).contains("no section 'nowhere'");
    }

    private String message(String query) throws Exception {
        return read(query, 400).get("message").asString();
    }

    @Test
    void theOpenApiDocumentDescribesTheMultiValueFilters() throws Exception {
        JsonNode doc = json.readTree(mvc.perform(get("/api/v1/openapi.json").with(r -> {
            r.setRemoteAddr("10.9.2.1");
            return r;
        })).andReturn().getResponse().getContentAsString());
        JsonNode parameters = doc.get("paths").get("/api/v1/publications").get("get").get("parameters");
        List<String> names = new ArrayList<>();
        for (JsonNode p : parameters) {
            names.add(p.get("name").asString());
            if (List.of("section", "type", "author", "expert", "topic", "region", "tag", "year")
                    .contains(p.get("name").asString())) {
                assertThat(p.get("schema").get("type").asString()).as(p.get("name").asString()).isEqualTo("array");
                assertThat(p.get("description").asString()).contains("comma");
            }
        }
        assertThat(names).contains("section", "type", "author", "expert", "topic", "region", "tag", "year", "from", "to");
    }
}
