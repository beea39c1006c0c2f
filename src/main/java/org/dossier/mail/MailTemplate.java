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
import java.util.concurrent.ConcurrentHashMap;

/**
 * One shared mail prepared for sending many copies. Everything that is the same for every recipient
 * (sender, encoded subject, MIME structure) is worked out once; the personal part (headers with the
 * reader's token, both encoded bodies) is encoded once per token length as a {@link Splice}, and each
 * copy only adds its date, recipient and Message-ID and drops its token into place. The result is
 * an ordinary multipart/alternative message (plain text, then HTML, UTF-8, 7bit when plain ASCII
 * allows it, else quoted-printable).
 */
final class MailTemplate {

    private static final DateTimeFormatter DATE = DateTimeFormatter.RFC_1123_DATE_TIME;
    /** Stand-in for a token while a splice is prepared: QP writes it as itself, like every fitting token byte. */
    private static final char STAND_IN = 'x';

    private final MailContent content;
    private final byte[] fixedHeaders;
    private final String boundary = "=_dossier_" + UUID.randomUUID().toString().replace("-", "");
    private final Map<Integer, Splice> byTokenLength = new ConcurrentHashMap<>();

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
        Wire wire = new Wire(8192);
        write(wire, recipient, messageId, token, dateLine(date));
        return wire.toByteArray();
    }

    /** Puts one copy in {@code wire} (emptied first); {@code dateLine} is a whole "Date:" header line. */
    void write(Wire wire, String recipient, String messageId, String token, byte[] dateLine) {
        requireSingleLine(recipient);
        requireSingleLine(messageId);
        wire.reset();
        wire.write(dateLine);
        wire.write(fixedHeaders);
        wire.ascii("To: ");
        wire.utf8(recipient);
        wire.ascii("\r\nMessage-ID: ");
        wire.utf8(messageId);
        wire.ascii("\r\n");
        splice(token).writeTo(wire, token);
    }

    static byte[] dateLine(ZonedDateTime date) {
        return ("Date: " + DATE.format(date.withZoneSameInstant(ZoneOffset.UTC)) + "\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    private Splice splice(String token) {
        if (token.isEmpty()) {
            // No token: the content goes as it is, placeholders included (as MailContent.personalFor does).
            return byTokenLength.computeIfAbsent(0, n -> prepare("", false));
        }
        if (Splice.fits(token)) {
            Splice shared = byTokenLength.computeIfAbsent(token.length(),
                    n -> prepare(String.valueOf(STAND_IN).repeat(n), true));
            if (shared != null) {
                return shared;
            }
        }
        return prepare(token, false); // an unusual token or header: encoded for this copy alone
    }

    /**
     * Encodes the personal part with {@code token} in it. With {@code holes}, also records where
     * the token's bytes went; null if that is impossible (a header with the token needs encoding).
     */
    private Splice prepare(String token, boolean holes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(content.text().length() + content.html().length() + 2048);
        Splice.Offsets at = new Splice.Offsets();
        for (Map.Entry<String, String> header : content.headers().entrySet()) {
            String value = personal(header.getValue(), token);
            if (holes && !ascii(value)) {
                return null;
            }
            ascii(out, header.getKey() + ": ");
            if (holes) {
                Marked marked = Marked.of(header.getValue(), token);
                BodyEncoding.writeLines(marked.bytes(), marked.hole(), out, at::add);
            } else {
                ascii(out, headerValue(value));
            }
            ascii(out, "\r\n");
        }
        ascii(out, "Content-Type: multipart/alternative;\r\n\tboundary=\"" + boundary + "\"\r\n\r\n");
        part(out, "plain", content.text(), token, holes ? at : null);
        part(out, "html", content.html(), token, holes ? at : null);
        ascii(out, "--" + boundary + "--\r\n");
        return new Splice(out.toByteArray(), at.toArray(), token.length());
    }

    /** Plain ASCII with short lines goes as it is (7bit); anything else quoted-printable. */
    private void part(ByteArrayOutputStream out, String subtype, String body, String token, Splice.Offsets at) {
        boolean plain = BodyEncoding.isSevenBit(personal(body, token));
        ascii(out, "--" + boundary + "\r\nContent-Type: text/" + subtype + "; charset=UTF-8\r\n"
                + "Content-Transfer-Encoding: " + (plain ? "7bit" : "quoted-printable") + "\r\n\r\n");
        Marked marked = at == null ? Marked.plain(personal(body, token)) : Marked.of(body, token);
        if (plain) {
            BodyEncoding.writeLines(marked.bytes(), marked.hole(), out, at == null ? null : at::add);
        } else {
            BodyEncoding.encode(marked.bytes(), marked.hole(), out, at == null ? null : at::add);
        }
        ascii(out, "\r\n");
    }

    private static String personal(String text, String token) {
        return token.isEmpty() ? text : text.replace(MailContent.TOKEN, token);
    }

    /** UTF-8 bytes of a text with the token in it, and which of them are the token's. */
    private record Marked(byte[] bytes, boolean[] hole) {

        static Marked plain(String text) {
            return new Marked(text.getBytes(StandardCharsets.UTF_8), null);
        }

        static Marked of(String text, String token) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() + 64);
            java.util.BitSet marks = new java.util.BitSet();
            int from = 0;
            for (int i = text.indexOf(MailContent.TOKEN); i >= 0; i = text.indexOf(MailContent.TOKEN, from)) {
                out.writeBytes(text.substring(from, i).getBytes(StandardCharsets.UTF_8));
                marks.set(out.size(), out.size() + token.length());
                out.writeBytes(token.getBytes(StandardCharsets.US_ASCII));
                from = i + MailContent.TOKEN.length();
            }
            out.writeBytes(text.substring(from).getBytes(StandardCharsets.UTF_8));
            boolean[] hole = new boolean[out.size()];
            marks.stream().forEach(i -> hole[i] = true);
            return new Marked(out.toByteArray(), hole);
        }
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
        return ascii(value) ? value : encodedSubject(value);
    }

    /** Printable ASCII and controls only (nothing above U+007E): what SMTP and mail headers carry as they are. */
    static boolean ascii(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) > 126) {
                return false;
            }
        }
        return true;
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
