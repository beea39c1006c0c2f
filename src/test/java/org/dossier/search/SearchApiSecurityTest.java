package org.dossier.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.dossier.testing.OnSqlite;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The search API's lighter security chain ({@link SearchApiSecurity}) answers with the same security headers
 * as the site's chain, keeps the rate limit and the JSON errors, creates no session, and covers nothing else.
 */
@OnSqlite
class SearchApiSecurityTest {

    private static final List<String> SECURITY_HEADERS = List.of("Content-Security-Policy", "X-Content-Type-Options",
            "X-Frame-Options", "Referrer-Policy", "Cache-Control", "Pragma", "Expires", "X-XSS-Protection");
    private static final AtomicInteger CLIENT = new AtomicInteger();

    @Autowired MockMvc mvc;

    @Test
    void searchAnswersCarryTheSameSecurityHeadersAsTheSitesOtherJson() throws Exception {
        // the site's chain: another public JSON address under /api
        MockHttpServletResponse site = perform(get("/api/v1/publications"));
        MockHttpServletResponse search = perform(get("/api/search").param("q", "anything"));
        MockHttpServletResponse suggest = perform(get("/api/search/suggest").param("q", "any"));
        assertThat(search.getStatus()).isEqualTo(200);
        assertThat(suggest.getStatus()).isEqualTo(200);
        for (String header : SECURITY_HEADERS) {
            assertThat(search.getHeader(header)).as(header).isNotNull().isEqualTo(site.getHeader(header));
            assertThat(suggest.getHeader(header)).as(header).isEqualTo(site.getHeader(header));
        }
        assertThat(search.getHeader("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(search.getHeader("X-RateLimit-Limit")).isNotNull();
        assertThat(search.getHeader("Set-Cookie")).isNull();
    }

    @Test
    void badParametersStillGetAJsonErrorAndOtherMethodsAreRefused() throws Exception {
        MockHttpServletResponse bad = perform(get("/api/search").param("sort", "sideways"));
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentAsString()).contains("sort");
        assertThat(bad.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(perform(post("/api/search").param("q", "x")).getStatus()).isEqualTo(405);
    }

    @Test
    void theRateLimitStillAppliesToSearch() throws Exception {
        String address = "10.9.8." + CLIENT.incrementAndGet();
        int status = 200;
        for (int i = 0; i < 2_000 && status == 200; i++) {
            status = mvc.perform(get("/api/search/suggest").param("q", "a").with(r -> {
                r.setRemoteAddr(address);
                return r;
            })).andReturn().getResponse().getStatus();
        }
        assertThat(status).isEqualTo(429);
    }

    @Test
    void addressesBesideTheSearchApiKeepTheSitesChain() throws Exception {
        assertThat(perform(get("/admin/api/search/queries")).getStatus()).isEqualTo(401);
        assertThat(perform(get("/admin/search/synonyms")).getStatus()).isEqualTo(302);
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        String address = "10.9.7." + CLIENT.incrementAndGet();
        return mvc.perform(request.with(r -> {
            r.setRemoteAddr(address);
            return r;
        })).andReturn().getResponse();
    }
}
