package org.dossier.mail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.IntConsumer;

/**
 * Transfer encodings of text parts: 7bit as it is, or quoted-printable (RFC 2045, 6.7) of UTF-8
 * text with CRLF line ends and lines of at most 76 characters. Written here rather than taken from
 * Jakarta Mail because its encoders are reached through stream providers looked up per message,
 * which dominated the cost of a large send.
 *
 * <p>Both encoders can report where chosen input bytes land in the output ({@code hole} marks them,
 * {@code at} hears each one's output offset). {@link Splice} uses that to encode a mail once with a
 * stand-in for the personal token and later put each reader's token in those places: a token byte
 * that QP writes as itself takes exactly one output byte wherever it stands.
 */
final class BodyEncoding {

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX = 76;

    private BodyEncoding() {
    }

    /** Appends {@code text} encoded; any of CRLF, LF or CR ends a line. */
    static void encode(String text, ByteArrayOutputStream out) {
        encode(text.getBytes(StandardCharsets.UTF_8), null, out, null);
    }

    /** Quoted-printable of UTF-8 {@code bytes}; reports the output offset of every byte {@code hole} marks. */
    static void encode(byte[] bytes, boolean[] hole, ByteArrayOutputStream out, IntConsumer at) {
        int column = 0;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            if (b == '\r' || b == '\n') {
                if (b == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n') {
                    i++;
                }
                out.write('\r');
                out.write('\n');
                column = 0;
                continue;
            }
            boolean lineEnd = i + 1 == bytes.length || bytes[i + 1] == '\r' || bytes[i + 1] == '\n';
            boolean literal = literal(b) || ((b == ' ' || b == '\t') && !lineEnd);
            int width = literal ? 1 : 3;
            // Room for the soft break's "=" unless this is the line's last character.
            int limit = lineEnd ? MAX : MAX - 1;
            if (column + width > limit) {
                out.write('=');
                out.write('\r');
                out.write('\n');
                column = 0;
            }
            if (hole != null && hole[i]) {
                at.accept(out.size());
            }
            if (literal) {
                out.write(b);
            } else {
                out.write('=');
                out.write(HEX[b >> 4]);
                out.write(HEX[b & 0xf]);
            }
            column += width;
        }
    }

    /** True for a byte quoted-printable writes as itself anywhere on a line. */
    static boolean literal(int b) {
        return b >= 33 && b <= 126 && b != '=';
    }

    /** True if {@code text} may be sent as 7bit: ASCII without NUL and no line over 998 characters. */
    static boolean isSevenBit(String text) {
        int line = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' || c == '\n') {
                line = 0;
            } else if (c == 0 || c > 127 || ++line > 998) {
                return false;
            }
        }
        return true;
    }

    /** Appends 7bit text with every line break made CRLF. */
    static void writeLines(String text, ByteArrayOutputStream out) {
        writeLines(text.getBytes(StandardCharsets.US_ASCII), null, out, null);
    }

    /** Appends 7bit {@code bytes} with CRLF line breaks; reports the output offset of every byte {@code hole} marks. */
    static void writeLines(byte[] bytes, boolean[] hole, ByteArrayOutputStream out, IntConsumer at) {
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b == '\r' || b == '\n') {
                if (b == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n') {
                    i++;
                }
                out.write('\r');
                out.write('\n');
            } else {
                if (hole != null && hole[i]) {
                    at.accept(out.size());
                }
                out.write(b);
            }
        }
    }
}
