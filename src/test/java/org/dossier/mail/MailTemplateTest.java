package org.dossier.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** A copy rendered from a prepared template reads back, through Jakarta Mail's own parser, as the personal content. */
class MailTemplateTest {

    private static final Session SESSION = Session.getInstance(new Properties());
    private static final String LONG_WORD = "x".repeat(120);

    @Test
    void renderedCopyParsesBackToThePersonalTextHtmlAndHeaders() throws Exception {
        String text = "Grüße — a line with = signs and trailing space \nline two\n.starts with a dot\n" + LONG_WORD
                + "\nLink: https://example.org/p/" + MailContent.TOKEN + "\n";
        String html = "<p style=\"color:#333\">Ünïcode &amp; " + LONG_WORD + "</p>\r\n<a href=\"https://example.org/p/"
                + MailContent.TOKEN + "\">prefs</a>";
        MailContent shared = new MailContent("newsletter", "Briefing: Energie – März", html, text,
                Map.of("List-Unsubscribe", "<https://example.org/u/" + MailContent.TOKEN + ">",
                        "List-Unsubscribe-Post", "List-Unsubscribe=One-Click"));
        MailTemplate template = new MailTemplate(shared, new InternetAddress("news@example.org", "Institut Süd", "UTF-8"));

        byte[] bytes = template.render("reader@example.org", "<abc@example.org>", "tok123",
                ZonedDateTime.of(2026, 11, 29, 9, 0, 0, 0, ZoneOffset.UTC));
        assertThat(maxLineLength(bytes)).isLessThanOrEqualTo(998);
        MimeMessage parsed = new MimeMessage(SESSION, new ByteArrayInputStream(bytes));

        MailContent personal = shared.personalFor("tok123");
        assertThat(parsed.getSubject()).isEqualTo("Briefing: Energie – März");
        assertThat(parsed.getFrom()[0]).isEqualTo(new InternetAddress("news@example.org", "Institut Süd", "UTF-8"));
        assertThat(parsed.getHeader("To")).containsExactly("reader@example.org");
        assertThat(parsed.getMessageID()).isEqualTo("<abc@example.org>");
        assertThat(parsed.getSentDate()).isNotNull();
        assertThat(parsed.getHeader("List-Unsubscribe")).containsExactly("<https://example.org/u/tok123>");
        assertThat(parsed.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        MimeMultipart parts = (MimeMultipart) parsed.getContent();
        assertThat(parts.getContentType()).startsWith("multipart/alternative");
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat(parts.getBodyPart(0).isMimeType("text/plain")).isTrue();
        assertThat(normalised((String) parts.getBodyPart(0).getContent())).isEqualTo(normalised(personal.text()));
        assertThat(parts.getBodyPart(1).isMimeType("text/html")).isTrue();
        assertThat(normalised((String) parts.getBodyPart(1).getContent())).isEqualTo(normalised(personal.html()));
    }

    @Test
    void plainAsciiBodiesGoAsSevenBitAndOthersAsQuotedPrintable() throws Exception {
        MailContent shared = new MailContent("test", "Hello", "<p>caf\u00e9</p>", "plain ascii\nonly", Map.of());
        byte[] bytes = new MailTemplate(shared, new InternetAddress("news@example.org"))
                .render("a@example.org", "<id@example.org>", "", ZonedDateTime.now(ZoneOffset.UTC));
        String wire = new String(bytes, StandardCharsets.US_ASCII);
        assertThat(wire).contains("Content-Transfer-Encoding: 7bit\r\n\r\nplain ascii\r\nonly\r\n");
        assertThat(wire).contains("Content-Transfer-Encoding: quoted-printable\r\n\r\n<p>caf=C3=A9</p>\r\n");
    }

    @Test
    void aRecipientOrMessageIdWithALineBreakIsRefused() throws Exception {
        MailTemplate template = new MailTemplate(new MailContent("test", "Hi", "<p>x</p>", "x", Map.of()),
                new InternetAddress("news@example.org"));
        assertThatThrownBy(() -> template.render("a@example.org\r\nBcc: b@example.org", "<id@x>", "",
                ZonedDateTime.now(ZoneOffset.UTC))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> template.render("a@example.org", "<id@x>\nBcc: b@example.org", "",
                ZonedDateTime.now(ZoneOffset.UTC))).isInstanceOf(IllegalArgumentException.class);
    }

    private static String normalised(String s) {
        return s.replace("\r\n", "\n").strip();
    }

    private static int maxLineLength(byte[] bytes) {
        int max = 0;
        for (String line : new String(bytes, StandardCharsets.US_ASCII).split("\r\n")) {
            max = Math.max(max, line.length());
        }
        return max;
    }
}
