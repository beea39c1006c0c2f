package org.dossier.citations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.dossier.publications.PublicationRepository;
import org.dossier.publications.Status;
import org.dossier.taxonomy.Section;
import org.dossier.testing.Fixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** "Cite this", Highwire tags and downloads on the real article page. */
abstract class CitationsContract {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired PublicationRepository repository;

    @Test
    void articlePageOffersCitationsAndHighwireTags() throws Exception {
        Section section = fixtures.section("Analysis");
        long author = fixtures.expert("Ada Park");
        Instant when = Instant.parse("2024-03-04T09:00:00Z");
        long id = fixtures.save(fixtures.post(section, "Sanctions and the Won", Status.PUBLISHED, when, author));
        String url = repository.byId(id).orElseThrow().url();

        Document page = Jsoup.parse(mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());

        assertThat(page.select("meta[name=citation_title]").attr("content")).isEqualTo("Sanctions and the Won");
        assertThat(page.select("meta[name=citation_author]").attr("content")).isEqualTo("Park, Ada");
        assertThat(page.select("meta[name=citation_publication_date]").attr("content")).isEqualTo("2024/03/04");
        assertThat(page.select(".cite-chicago").text()).startsWith("Park, Ada. “Sanctions and the Won.”");
        assertThat(page.select(".cite-apa").text()).startsWith("Park, A. (2024, March 4).");
        assertThat(page.select(".cite-downloads a").eachAttr("href")).containsExactly(url + "/cite.bib",
                url + "/cite.ris", url + "/cite.json");

        MockHttpServletResponse bib = mvc.perform(get(url + "/cite.bib")).andExpect(status().isOk()).andReturn()
                .getResponse();
        assertThat(bib.getHeader("Content-Disposition")).contains("attachment");
        assertThat(bib.getContentAsString()).contains("title = {{Sanctions and the Won}}");
        assertThat(mvc.perform(get(url + "/cite.ris")).andReturn().getResponse().getContentAsString())
                .contains("TI  - Sanctions and the Won");
        assertThat(mvc.perform(get(url + "/cite.json")).andReturn().getResponse().getContentAsString())
                .contains("\"family\":\"Park\"");
        mvc.perform(get(url + "/cite.doc")).andExpect(status().isNotFound());
    }

    @Test
    void unpublishedItemsHaveNoCitations() throws Exception {
        Section section = fixtures.section("Drafts");
        long id = fixtures.save(fixtures.post(section, "Not yet", Status.DRAFT, null));
        String url = repository.byId(id).orElseThrow().url();
        mvc.perform(get(url + "/cite.bib")).andExpect(status().isNotFound());
        mvc.perform(get(url + "/cite.json")).andExpect(status().isNotFound());
    }
}
