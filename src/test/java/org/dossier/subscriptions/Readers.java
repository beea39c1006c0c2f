package org.dossier.subscriptions;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dossier.mail.TestSmtp;
import org.dossier.publications.PublicationInput;
import org.dossier.publications.Status;
import org.dossier.taxonomy.Section;
import org.dossier.taxonomy.Term;
import org.dossier.testing.Fixtures;
import org.jsoup.Jsoup;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** What readers and editors do in the mail tests, through the real endpoints and the real SMTP server. */
public final class Readers {

    public static final Duration MAIL_WAIT = Duration.ofSeconds(30);
    private static final Pattern LINK = Pattern.compile("http://localhost:8080(/[^\\s\"<>]+)");

    private Readers() {
    }

    /** A request from an IP address of its own, so that tests never share a rate-limit window. */
    public static RequestPostProcessor someIp() {
        String ip = "10." + ThreadLocalRandom.current().nextInt(256) + "." + ThreadLocalRandom.current().nextInt(256)
                + "." + ThreadLocalRandom.current().nextInt(1, 255);
        return request -> {
            request.setRemoteAddr(ip);
            return request;
        };
    }

    /** Signs up through the public form and confirms through the mailed link; returns the preference token. */
    public static String subscribe(MockMvc mvc, String email, String frequency, Term... topics) throws Exception {
        var request = post("/subscribe").with(someIp()).param("email", email).param("frequency", frequency);
        for (Term t : topics) {
            request = request.param("topics", String.valueOf(t.id()));
        }
        mvc.perform(request).andExpect(status().isOk());
        MimeMessage confirmation = awaitMail(email, "Please confirm your subscription");
        String confirm = link(TestSmtp.text(confirmation), "/subscribe/confirm/");
        mvc.perform(get(confirm)).andExpect(status().isOk());
        String page = mvc.perform(post(confirm).with(someIp())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        String preferences = Jsoup.parse(page).select("a[href^=/preferences/]").attr("href");
        return preferences.substring("/preferences/".length());
    }

    /** Saves a published publication on the given topics; returns its id. */
    public static long publish(Fixtures fixtures, Section section, String title, Instant at, Term... topics) {
        var in = fixtures.post(section, title, Status.PUBLISHED, at);
        return fixtures.save(new PublicationInput(null, null, in.sectionId(), in.typeId(), null, in.title(), null,
                "Summary of " + title, in.bodyMd(), in.status(), in.publishedAt(), null, in.authorIds(),
                java.util.Arrays.stream(topics).map(Term::id).toList(), List.of(), List.of(), null, null, List.of()));
    }

    public static long publish(Fixtures fixtures, Section section, String title, Term... topics) {
        return publish(fixtures, section, title, Instant.now().minusSeconds(60), topics);
    }

    public static MimeMessage awaitMail(String to, String subject) {
        return await().atMost(MAIL_WAIT).until(
                () -> TestSmtp.to(to).stream().filter(m -> subject(m).contains(subject)).findFirst().orElse(null),
                m -> m != null);
    }

    public static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    /** The site path of the first absolute link in {@code text} whose path starts with {@code prefix}. */
    public static String link(String text, String prefix) {
        Matcher m = LINK.matcher(text);
        while (m.find()) {
            if (m.group(1).startsWith(prefix)) {
                return m.group(1);
            }
        }
        throw new AssertionError("No link starting with " + prefix + " in:\n" + text);
    }
}
