package org.dossier.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** What the team-screen tests do over and over: open a page, wait for a background job to end. */
final class TeamRequests {

    private TeamRequests() {
    }

    static Document page(MockMvc mvc, String path, RequestPostProcessor who) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(who)).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    /** Waits until the job at {@code jobPath} (as a POST redirected to it) is done or failed; returns its status JSON. */
    static String finished(MockMvc mvc, String jobPath, RequestPostProcessor who) throws Exception {
        assertThat(jobPath).startsWith("/admin/jobs/");
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            String state = JsonPath.read(status(mvc, jobPath, who), "$.state");
            return state.equals("done") || state.equals("failed");
        });
        return status(mvc, jobPath, who);
    }

    private static String status(MockMvc mvc, String jobPath, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(jobPath + "/status").with(who)).andReturn().getResponse().getContentAsString();
    }
}
