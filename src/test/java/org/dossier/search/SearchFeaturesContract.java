package org.dossier.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.dossier.publications.AttachmentInput;
import org.dossier.publications.Status;
import org.dossier.system.DossierProperties;
import org.dossier.taxonomy.Term;
import org.dossier.taxonomy.TermKind;
import org.dossier.taxonomy.TaxonomyRepository;
import org.dossier.testing.Fixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Query language, synonyms, typos, Korean, facets, snippets, attachments and experts. */
abstract class SearchFeaturesContract extends SearchContractBase {

    @Autowired SynonymRepository synonymTable;
    @Autowired Synonyms synonyms;
    @Autowired TaxonomyRepository taxonomy;
    @Autowired DossierProperties dossier;

    @Test
    void synonymsFindEachOtherAcrossLanguagesAndTableChangesNeedNoReindex() throws Exception {
        String w = word("syn");
        docs.save("Talks with the DPRK " + w, "Envoys met in Panmunjom. " + w, Status.PUBLISHED, lastMonth);
        docs.save("North Korea sanctions " + w, "The sanctions regime. " + w, Status.PUBLISHED, lastMonth);
        docs.save("북한 경제 " + w, "북한의 시장화에 대한 연구. " + w, Status.PUBLISHED, lastMonth);
        awaitFound("q=" + w, "북한 경제 " + w);

        assertThat(titles("q=DPRK+" + w)).containsExactlyInAnyOrder("Talks with the DPRK " + w,
                "North Korea sanctions " + w, "북한 경제 " + w);
        assertThat(titles("q=%22north+korea%22+" + w)).hasSize(3);
        assertThat(titles("q=%22Pyongyang+regime%22")).isEmpty();

        synonymTable.add("Pyongyang regime, DPRK", System.currentTimeMillis());
        synonyms.reload();
        assertThat(titles("q=%22Pyongyang+regime%22")).containsExactly("Talks with the DPRK " + w);
    }

    @Test
    void misspelledWordsStillFindAndDidYouMeanOffersTheRealWords() throws Exception {
        String w = word("typo");
        docs.save("Nuclear disarmament talks " + w, "Progress on nuclear disarmament. " + w, Status.PUBLISHED,
                lastMonth);
        awaitFound("q=" + w, "Nuclear disarmament talks " + w);

        String json = api("q=nucelar+disarmament");
        assertThat((List<String>) JsonPath.read(json, "$.results[*].title")).contains("Nuclear disarmament talks " + w);
        assertThat((String) JsonPath.read(json, "$.didYouMean")).isEqualTo("nuclear disarmament");
        Document page = html("/search?q=nucelar+disarmament");
        assertThat(page.select(".did-you-mean a").text()).isEqualTo("nuclear disarmament");
        assertThat(page.select(".did-you-mean a").attr("href")).isEqualTo("/search?q=nuclear+disarmament");
    }

    @Test
    void koreanQueriesFindKoreanTextThroughNori() throws Exception {
        String w = word("ko");
        docs.save("한반도 비핵화 " + w, "북한의 핵 프로그램과 남북 관계를 분석한 보고서입니다. " + w, Status.PUBLISHED, lastMonth);
        awaitFound("q=" + w, "한반도 비핵화 " + w);

        assertThat(titles("q=북한+" + w)).containsExactly("한반도 비핵화 " + w);
        assertThat(titles("q=%22남북+관계%22+" + w)).containsExactly("한반도 비핵화 " + w);
        assertThat((String) JsonPath.read(api("q=북한+" + w), "$.results[0].snippet")).contains("<mark>");
    }

    @Test
    void queryLanguagePhrasesExclusionsOrAndFields() throws Exception {
        String w = word("syntax");
        long ada = fixtures.expert("Ada Lovegood");
        Term energy = fixtures.topic("Energy Security");
        docs.save("Grain markets " + w, "Food security and grain prices. " + w, lastMonth, "blog-post",
                List.of(ada), List.of(energy.id()), List.of());
        docs.save("Security of food " + w, "Prices of grain and food. " + w, Status.PUBLISHED, lastMonth);
        docs.save("Shipping lanes " + w, "Maritime routes. " + w, Status.PUBLISHED, lastMonth);
        awaitFound("q=" + w, "Shipping lanes " + w);

        assertThat(titles("q=%22food+security%22+" + w)).containsExactly("Grain markets " + w);
        assertThat(titles("q=grain+-markets+" + w)).containsExactly("Security of food " + w);
        assertThat(titles("q=" + w + "+maritime+OR+grain")).hasSize(3);
        assertThat(titles("q=" + w + "+author:lovegood")).containsExactly("Grain markets " + w);
        assertThat(titles("q=" + w + "+topic:energy")).containsExactly("Grain markets " + w);
        assertThat(titles("q=" + w + "+title:shipping")).containsExactly("Shipping lanes " + w);
        // all words must match; when that finds nothing, any word ranks
        assertThat(titles("q=maritime+" + w + "+zzqqnothing")).contains("Shipping lanes " + w);
    }

    @Test
    void facetsOrWithinAndAcrossWithCountsAndDateRange() throws Exception {
        String w = word("facet");
        Term a = fixtures.topic("Trade");
        Term b = fixtures.topic("Climate");
        Term region = taxonomy.saveTerm(TermKind.REGION, Fixtures.unique("r"), "Pacific", "");
        Instant old = Instant.parse("2019-06-01T00:00:00Z");
        docs.save("Report one " + w, w, old, "report", List.of(), List.of(a.id()), List.of(region.id()));
        docs.save("Report two " + w, w, lastMonth, "report", List.of(), List.of(b.id()), List.of());
        docs.save("Post three " + w, w, lastMonth, "blog-post", List.of(), List.of(a.id()), List.of());
        awaitFound("q=" + w, "Post three " + w);

        assertThat(titles("q=" + w + "&type=report")).hasSize(2);
        assertThat(titles("q=" + w + "&type=report&type=blog-post")).hasSize(3);
        assertThat(titles("q=" + w + "&type=report&topic=" + a.slug())).containsExactly("Report one " + w);
        assertThat(titles("q=" + w + "&region=" + region.slug())).containsExactly("Report one " + w);
        assertThat(titles("q=" + w + "&year=2019")).containsExactly("Report one " + w);
        assertThat(titles("q=" + w + "&from=2019-01-01&to=2019-12-31")).containsExactly("Report one " + w);
        assertThat(titles("q=" + w + "&from=2020-01-01")).hasSize(2);

        String json = api("q=" + w + "&type=report");
        // drill-sideways: with type=report selected, blog-post still shows what it would add
        assertThat((List<Integer>) JsonPath.read(json, "$.facets.type[?(@.value=='blog-post')].count")).containsExactly(1);
        assertThat((List<Integer>) JsonPath.read(json, "$.facets.type[?(@.value=='report')].count")).containsExactly(2);
        assertThat((List<String>) JsonPath.read(json, "$.facets.topic[*].label")).contains("Trade", "Climate");
        Document page = html("/search?q=" + w + "&type=report&topic=" + a.slug());
        assertThat(page.select(".selected-filters .chip").eachText()).anyMatch(t -> t.startsWith("Type: Report"))
                .anyMatch(t -> t.startsWith("Topic: Trade"));
        String removeType = page.select(".selected-filters .chip").first().attr("href");
        assertThat(removeType).isEqualTo("/search?q=" + w + "&topic=" + a.slug());
    }

    @Test
    void snippetsEscapeMarkupFromTheBody() throws Exception {
        String w = word("esc");
        docs.save("Escaping " + w, "Code: `<img src=x onerror=alert(1)>` and <b>bold</b> " + w + " &amp; more",
                Status.PUBLISHED, lastMonth);
        awaitFound("q=" + w, "Escaping " + w);
        String snippet = JsonPath.read(api("q=" + w), "$.results[0].snippet");
        assertThat(snippet).contains("&lt;img").doesNotContain("<img", "<b>").contains("<mark>" + w + "</mark>");
        Document page = html("/search?q=" + w);
        assertThat(page.select(".snippet img, .snippet b, .snippet script")).isEmpty();
        assertThat(page.select(".snippet mark").first().text()).isEqualTo(w);
    }

    @Test
    void textInsideAttachedPdfFindsTheParentPublication() throws Exception {
        String w = word("pdf");
        Path file = dossier.mediaDir().resolve("reports").resolve(w + ".pdf");
        Files.createDirectories(file.getParent());
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(pdf, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(72, 700);
                text.showText("Annex on desalination " + w + " capacity");
                text.endText();
            }
            pdf.save(file.toFile());
        }
        docs.saveWithAttachment("Water report " + w, "The summary says nothing specific.", lastMonth,
                new AttachmentInput("Full report", "/media/reports/" + w + ".pdf", "application/pdf", null));
        awaitFound("q=desalination+" + w, "Water report " + w);
        assertThat((String) JsonPath.read(api("q=desalination+" + w), "$.results[0].snippet"))
                .startsWith("In the attached file:").contains("<mark>desalination</mark>");
    }

    @Test
    void expertsAreResultsOfTheirOwnKindAndSuggested() throws Exception {
        String w = word("exp");
        fixtures.expert("Hyejin " + w);
        docs.save("Triggers the expert sync " + w, w, Status.PUBLISHED, lastMonth);
        awaitFound("q=hyejin+" + w, "Hyejin " + w);
        assertThat((List<String>) JsonPath.read(api("q=hyejin+" + w), "$.results[*].type")).containsExactly("Expert");
        assertThat((List<String>) JsonPath.read(api("q=" + w + "&type=expert"), "$.results[*].title"))
                .containsExactly("Hyejin " + w);
        String suggest = mvc.perform(get(uri("/api/search/suggest?q=hyejin+" + w.substring(0, 5))))
                .andReturn().getResponse().getContentAsString();
        assertThat((List<String>) JsonPath.read(suggest, "$.suggestions[*].kind")).contains("expert");
    }

    @Test
    void pagesAreStableAndEmptyQueryListsNewestFirst() throws Exception {
        String w = word("page");
        for (int i = 0; i < 25; i++) {
            docs.save("Item " + i + " " + w, "Same words " + w, Status.PUBLISHED, lastMonth.plusSeconds(i));
        }
        await().atMost(Duration.ofSeconds(15)).until(() -> JsonPath.<Integer>read(api("q=" + w), "$.total") == 25);
        Set<String> seen = new HashSet<>(titles("q=" + w));
        seen.addAll(titles("q=" + w + "&page=2"));
        assertThat(seen).hasSize(25);
        assertThat(titles("q=" + w + "&sort=newest").get(0)).isEqualTo("Item 24 " + w);
        assertThat(titles("q=" + w + "&sort=oldest").get(0)).isEqualTo("Item 0 " + w);
        assertThat(titles("section=" + docs.section().slug()).get(0)).isEqualTo("Item 24 " + w);
        Document page = html("/search?q=" + w);
        assertThat(page.select("#result-count").text()).isEqualTo("25 results for “" + w + "”");
        assertThat(page.select(".pager a[rel=next]").attr("href")).isEqualTo("/search?q=" + w + "&page=2");
        assertThat(page.select("#site-search-q").val()).isEqualTo(w);
    }

    Document html(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(uri(path))).andReturn().getResponse().getContentAsString());
    }

    static String word(String prefix) {
        return Fixtures.unique(prefix).replace("-", "").replaceAll("[0-9]", "x");
    }
}
