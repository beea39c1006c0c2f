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
    void copiesWithTokensOfEveryLengthAndPlaceParseBackToTheirOwnPersonalContent() throws Exception {
        // The token lands at every column of a quoted-printable line somewhere, so soft line breaks
        // fall inside it for some copies: each copy must still read back exactly as its own content.
        StringBuilder text = new StringBuilder("Grüße\n");
        StringBuilder html = new StringBuilder("<p>Ünïcode</p>\n");
        for (int column = 0; column < 80; column += 7) {
            text.append("é".repeat(column / 3)).append("x".repeat(column % 3)).append("/p/").append(MailContent.TOKEN).append('\n');
            html.append("a".repeat(column)).append("=").append(MailContent.TOKEN).append("<br>\n");
        }
        text.append(".").append(MailContent.TOKEN).append(" starts a line\n");
        MailContent shared = new MailContent("newsletter", "Tokens", html.toString(), text.toString(),
                Map.of("List-Unsubscribe", "<https://example.org/u/" + MailContent.TOKEN + ">"));
        MailTemplate template = new MailTemplate(shared, new InternetAddress("news@example.org"));

        for (String token : new String[] {"a", "abc.def", "1z.0.Ab-_x9", "1z.0.Ab-_x8", "k".repeat(90),
                "with=equals", "sp ace", ".dot-first"}) {
            byte[] bytes = template.render("r@example.org", "<id@example.org>", token,
                    ZonedDateTime.of(2026, 11, 29, 9, 0, 0, 0, ZoneOffset.UTC));
            assertThat(maxLineLength(bytes)).as(token).isLessThanOrEqualTo(998);
            MimeMessage parsed = new MimeMessage(SESSION, new ByteArrayInputStream(bytes));
            MailContent personal = shared.personalFor(token);
            MimeMultipart parts = (MimeMultipart) parsed.getContent();
            assertThat(normalised((String) parts.getBodyPart(0).getContent())).as(token).isEqualTo(normalised(personal.text()));
            assertThat(normalised((String) parts.getBodyPart(1).getContent())).as(token).isEqualTo(normalised(personal.html()));
            assertThat(parsed.getHeader("List-Unsubscribe")).as(token).containsExactly(personal.headers().get("List-Unsubscribe"));
        }
    }

    @Test
    void contentLinesThatStartWithADotAreDotStuffedOnTheWire() throws Exception {
        Wire wire = new Wire(4);
        wire.ascii(".first\r\nmiddle\r\n..two\r\nend.\r\n");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        wire.writeStuffedTo(out);
        assertThat(out.toString(StandardCharsets.US_ASCII)).isEqualTo("..first\r\nmiddle\r\n...two\r\nend.\r\n");
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
