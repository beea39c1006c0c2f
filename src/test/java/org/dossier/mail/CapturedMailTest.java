package org.dossier.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.dossier.testing.Fixtures;
import org.dossier.testing.OnSqlite;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** With no SMTP server configured (the embedded default) mail is captured in the outbox and readable by the team. */
@OnSqlite
class CapturedMailTest {

    @Autowired MockMvc mvc;

    @Test
    void confirmationMailIsCapturedAndShownAtAdminMail() throws Exception {
        String email = Fixtures.unique("newcomer") + "@example.org";
        mvc.perform(post("/subscribe").param("email", email)).andExpect(status().isOk());

        String body = mvc.perform(get("/admin/mail").param("recipient", email).with(user("ed").roles("EDITOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode json = new ObjectMapper().readTree(body);
        assertThat(json.get("delivering").asBoolean()).isFalse();
        JsonNode mail = json.get("mails").get(0);
        assertThat(mail.get("status").asText()).isEqualTo("captured");
        assertThat(mail.get("subject").asText()).startsWith("Please confirm your subscription");
        assertThat(mail.get("text").asText()).contains("http://localhost:8080/subscribe/confirm/");
        assertThat(mail.get("html").asText()).contains("Confirm my subscription");
    }
}
