package org.dossier.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.testing.Accounts;
import org.dossier.testing.OnSqlite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.AfterAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Password reset by mail through a real SMTP server (GreenMail): signed link, single use, generic answers. */
@OnSqlite
class PasswordResetSqliteTest {

    /** Started before the Spring context asks for its port; one server for the whole class. */
    static final GreenMail MAIL = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        MAIL.start();
    }

    @AfterAll
    static void stopMail() {
        MAIL.stop();
    }

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    }

    @Autowired MockMvc mvc;
    @Autowired Accounts accounts;
    @Autowired UserRepository users;

    @Test
    void resetLinkArrivesByMailWorksOnceAndTheNewPasswordSignsIn() throws Exception {
        User user = accounts.create(Role.EDITOR);
        mvc.perform(post("/admin/password-reset").with(csrf()).param("email", user.email()));
        MAIL.waitForIncomingEmail(5000, 1);
        MimeMessage[] received = MAIL.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo(user.email());
        Matcher link = Pattern.compile("/admin/password-reset/([A-Za-z0-9_-]{43})").matcher(GreenMailUtil.getBody(received[0]));
        assertThat(link.find()).isTrue();
        String path = link.group();

        assertThat(mvc.perform(get(path)).andReturn().getResponse().getContentAsString()).contains("Set password");
        assertThat(mvc.perform(post(path).with(csrf()).param("password", "short")).andReturn().getResponse().getStatus())
                .isEqualTo(400);
        assertThat(mvc.perform(post(path).with(csrf()).param("password", "a brand new passphrase"))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo("/admin/login");
        assertThat(mvc.perform(post(path).with(csrf()).param("password", "another new passphrase"))
                .andReturn().getResponse().getStatus()).isEqualTo(400);

        var signIn = mvc.perform(post("/admin/login").with(csrf()).param("email", user.email())
                .param("password", "a brand new passphrase")).andReturn().getResponse();
        assertThat(signIn.getRedirectedUrl()).isEqualTo("/admin");
    }

    @Test
    void unknownEmailGetsTheSameAnswerAndNoMail() throws Exception {
        int before = MAIL.getReceivedMessages().length;
        var response = mvc.perform(post("/admin/password-reset").with(csrf()).param("email", "nobody@example.org"))
                .andReturn().getResponse();
        assertThat(response.getRedirectedUrl()).isEqualTo("/admin/password-reset?sent");
        assertThat(MAIL.getReceivedMessages()).hasSize(before);
        assertThat(mvc.perform(get("/admin/password-reset/forged-token")).andReturn().getResponse().getContentAsString())
                .contains("expired or has already been used");
    }
}
