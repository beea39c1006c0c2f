package org.dossier.mail;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayOutputStream;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.UUID;

/**
 * One shared mail prepared for sending many copies: everything that is the same for every
 * recipient (sender, encoded subject, MIME structure) is worked out once, and each copy only adds
 * its date, recipient, Message-ID and personal token, then encodes the two bodies. The result is an
 * ordinary multipart/alternative message (plain text, then HTML, UTF-8, 7bit when plain ASCII allows it, else quoted-printable).
 */
final class MailTemplate {

    private static final DateTimeFormatter DATE = DateTimeFormatter.RFC_1123_DATE_TIME;

    private final MailContent content;
    private final byte[] fixedHeaders;
    private final String boundary = "=_dossier_" + UUID.randomUUID().toString().replace("-", "");

    MailTemplate(MailContent content, InternetAddress from) {
        this.content = content;
        StringBuilder h = new StringBuilder();
        h.append("From: ").append(from.toString()).append("\r\n");
        h.append("Subject: ").append(encodedSubject(content.subject())).append("\r\n");
        h.append("MIME-Version: 1.0\r\n");
        this.fixedHeaders = h.toString().getBytes(StandardCharsets.US_ASCII);
    }

    MailContent content() {
        return content;
    }

    /** The whole message of one copy, as it goes on the wire (before SMTP's dot-stuffing). */
    byte[] render(String recipient, String messageId, String token, ZonedDateTime date) {
        requireSingleLine(recipient);
        requireSingleLine(messageId);
        MailContent personal = content.personalFor(token);
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.text().length() + content.html().length() + 2048);
        ascii(out, "Date: " + DATE.format(date.withZoneSameInstant(ZoneOffset.UTC)) + "\r\n");
        out.writeBytes(fixedHeaders);
        out.writeBytes(("To: " + recipient + "\r\nMessage-ID: " + messageId + "\r\n").getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, String> header : personal.headers().entrySet()) {
            ascii(out, header.getKey() + ": " + headerValue(header.getValue()) + "\r\n");
        }
        ascii(out, "Content-Type: multipart/alternative;\r\n\tboundary=\"" + boundary + "\"\r\n\r\n");
        part(out, "plain", personal.text());
        part(out, "html", personal.html());
        ascii(out, "--" + boundary + "--\r\n");
        return out.toByteArray();
    }

    /** Plain ASCII with short lines goes as it is (7bit); anything else quoted-printable. */
    private void part(ByteArrayOutputStream out, String subtype, String body) {
        boolean plain = BodyEncoding.isSevenBit(body);
        ascii(out, "--" + boundary + "\r\nContent-Type: text/" + subtype + "; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: " + (plain ? "7bit" : "quoted-printable") + "\r\n\r\n");
        if (plain) {
            BodyEncoding.writeLines(body, out);
        } else {
            BodyEncoding.encode(body, out);
        }
        ascii(out, "\r\n");
    }

    private static String encodedSubject(String subject) {
        try {
            return MimeUtility.fold(9, MimeUtility.encodeText(subject, "UTF-8", null));
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Header values are URLs and the like; anything beyond ASCII is encoded rather than sent raw. */
    private static String headerValue(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) > 126) {
                return encodedSubject(value);
            }
        }
        return value;
    }

    private static void requireSingleLine(String value) {
        if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("Mail header values must be single-line");
        }
    }

    private static void ascii(ByteArrayOutputStream out, String s) {
        out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
    }
}
