package org.dossier.redirects;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.dossier.testing.OnSqlite;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@OnSqlite
class RedirectsTest {

    @Autowired MockMvc mvc;
    @Autowired RedirectRepository redirects;

    @Test
    void oldAddressesRedirectPermanentlyIncludingQueryStringPermalinks() throws Exception {
        mvc.perform(get("/2019/05/old-post/")).andExpect(status().isNotFound());
        redirects.save("/2019/05/old-post/", "/blog/new-post");
        redirects.save("/?p=42", "/blog/answer");

        mvc.perform(get("/2019/05/old-post/")).andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/blog/new-post"));
        mvc.perform(get("/").queryParam("p", "42")).andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/blog/answer"));
        mvc.perform(get("/")).andExpect(status().isOk());

        redirects.delete("/2019/05/old-post/");
        mvc.perform(get("/2019/05/old-post/")).andExpect(status().isNotFound());
    }
}
