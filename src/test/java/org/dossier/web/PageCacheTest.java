package org.dossier.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class PageCacheTest {

    private final PageCache cache = new PageCache(1 << 20);
    private final AtomicInteger renders = new AtomicInteger();

    private String get(String path, FilterChain chain) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        cache.doFilter(request, response, chain);
        return response.getContentAsString();
    }

    private FilterChain page(String body) {
        return (req, res) -> {
            renders.incrementAndGet();
            res.setContentType("text/html;charset=UTF-8");
            res.getWriter().write(body);
        };
    }

    @Test
    void servesTheSameBytesUntilContentChanges() throws Exception {
        assertThat(get("/a", page("one"))).isEqualTo("one");
        assertThat(get("/a", page("two"))).isEqualTo("one");
        assertThat(renders).hasValue(1);
        cache.contentChanged(new PublicContentChange() { });
        assertThat(get("/a", page("two"))).isEqualTo("two");
    }

    @Test
    void aPageRenderedWhileContentChangedIsNeverServedAfterwards() throws Exception {
        FilterChain racing = (req, res) -> {
            res.setContentType("text/html");
            res.getWriter().write("old");
            cache.contentChanged(new PublicContentChange() { }); // a publish commits mid-render
        };
        assertThat(get("/b", racing)).isEqualTo("old");
        assertThat(get("/b", page("new"))).isEqualTo("new");
    }

    @Test
    void keepsNothingPersonalOrFailed() throws Exception {
        FilterChain withCookie = (req, res) -> {
            res.setContentType("text/html");
            ((jakarta.servlet.http.HttpServletResponse) res).addHeader("Set-Cookie", "x=1");
            res.getWriter().write("personal");
        };
        get("/c", withCookie);
        assertThat(get("/c", page("fresh"))).isEqualTo("fresh");

        FilterChain failing = (req, res) -> {
            ((jakarta.servlet.http.HttpServletResponse) res).setStatus(500);
            res.setContentType("text/html");
            res.getWriter().write("error");
        };
        get("/d", failing);
        assertThat(get("/d", page("ok"))).isEqualTo("ok");
        assertThat(get("/admin/x", page("admin1"))).isEqualTo("admin1");
        assertThat(get("/admin/x", page("admin2"))).isEqualTo("admin2");
    }
}
