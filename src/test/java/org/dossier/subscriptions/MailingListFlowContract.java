package org.dossier.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import org.dossier.mail.TestSmtp;
import org.dossier.taxonomy.Section;
import org.dossier.taxonomy.Term;
import org.dossier.testing.Fixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The reader's whole journey over a real SMTP server (GreenMail) and a real database: sign up,
 * confirmation mail, confirm, publication mailed at once, one-click unsubscribe, no more mail.
 */
@ContextConfiguration(initializers = TestSmtp.Initializer.class)
abstract class MailingListFlowContract {

    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;

    @Test
    void readerSignsUpConfirmsGetsNewPublicationAndUnsubscribesWithOneClick() throws Exception {
        Term topic = fixtures.topic("Energy Security");
        Section section = fixtures.section("Analysis");
        String reader = Fixtures.unique("reader") + "@example.org";
        String control = Fixtures.unique("control") + "@example.org";

        String readerToken = subscribe(reader, "instant", topic);
        subscribe(control, "instant");

        String title = Fixtures.unique("LNG and the peninsula");
        publish(section, title, topic);
        MimeMessage mail = awaitMail(reader, title);
        assertThat(mail.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        String listUnsubscribe = mail.getHeader("List-Unsubscribe")[0];
        assertThat(listUnsubscribe).startsWith("<http://localhost:8080/preferences/").contains("mailto:unsubscribe@localhost");
        assertThat(mail.getMessageID()).matches("<[0-9a-f-]{36}@localhost>");
        assertThat(TestSmtp.text(mail)).contains(title, "http://localhost:8080/", "Unsubscribe: http://localhost:8080/preferences/");
        Document html = Jsoup.parse(TestSmtp.html(mail));
        assertThat(html.select("a[href]").eachAttr("href")).allMatch(h -> h.startsWith("http://localhost:8080/"));
        assertThat(html.select("h2 a").text()).isEqualTo(title);

        String unsubscribe = listUnsubscribe.substring("<http://localhost:8080".length(), listUnsubscribe.indexOf('>'));
        assertThat(unsubscribe).isEqualTo("/preferences/" + readerToken + "/unsubscribe");
        mvc.perform(post(unsubscribe).with(Readers.someIp()).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("List-Unsubscribe=One-Click")).andExpect(status().isOk());

        String second = Fixtures.unique("After unsubscribing");
        publish(section, second, topic);
        awaitMail(control, second);
        assertThat(TestSmtp.to(reader)).noneMatch(m -> subject(m).equals(second));
        assertThat(TestSmtp.to(control).stream().filter(m -> subject(m).equals(title))).hasSize(1);
    }

    @Test
    void editingAnAnnouncedPublicationDoesNotSendItAgain() throws Exception {
        Term topic = fixtures.topic("Trade");
        Section section = fixtures.section("Briefs");
        String reader = Fixtures.unique("editor-watch") + "@example.org";
        subscribe(reader, "instant", topic);
        String title = Fixtures.unique("Tariffs explained");
        long id = publish(section, title, topic);
        awaitMail(reader, title);

        fixtures.service().publish(id);
        String other = Fixtures.unique("Next brief");
        publish(section, other, topic);
        awaitMail(reader, other);
        assertThat(TestSmtp.to(reader).stream().filter(m -> subject(m).equals(title))).hasSize(1);
    }

    @Test
    void confirmationMailIsTheOnlyMailBeforeConfirming() throws Exception {
        Term topic = fixtures.topic("Demography");
        String reader = Fixtures.unique("unconfirmed") + "@example.org";
        mvc.perform(post("/subscribe").with(Readers.someIp()).param("email", reader).param("frequency", "instant")
                .param("topics", String.valueOf(topic.id()))).andExpect(status().isOk());
        MimeMessage confirmation = awaitMail(reader, "Please confirm your subscription");
        assertThat(confirmation.getHeader("List-Unsubscribe")).isNull();
        assertThat(TestSmtp.text(confirmation)).contains("/subscribe/confirm/");

        String title = Fixtures.unique("Ageing society");
        publish(fixtures.section("Notes"), title, topic);
        String control = Fixtures.unique("confirmed") + "@example.org";
        subscribe(control, "instant");
        String later = Fixtures.unique("Later note");
        publish(fixtures.section("Notes"), later, topic);
        awaitMail(control, later);
        assertThat(TestSmtp.to(reader)).hasSize(1);
    }

    String subscribe(String email, String frequency, Term... topics) throws Exception {
        return Readers.subscribe(mvc, email, frequency, topics);
    }

    long publish(Section section, String title, Term... topics) {
        return Readers.publish(fixtures, section, title, topics);
    }

    static MimeMessage awaitMail(String to, String subject) {
        return Readers.awaitMail(to, subject);
    }

    static String subject(MimeMessage m) {
        return Readers.subject(m);
    }
}
