package org.dossier.mail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Transfer encodings of text parts: 7bit as it is, or quoted-printable (RFC 2045, 6.7) of UTF-8
 * text with CRLF line ends and lines of at most 76 characters. Written here rather than taken from
 * Jakarta Mail because its encoders are reached through stream providers looked up per message,
 * which dominated the cost of a large send.
 */
final class BodyEncoding {

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX = 76;

    private BodyEncoding() {
    }

    /** Appends {@code text} encoded; any of CRLF, LF or CR ends a line. */
    static void encode(String text, ByteArrayOutputStream out) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
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
            boolean literal = (b >= 33 && b <= 126 && b != '=') || ((b == ' ' || b == '\t') && !lineEnd);
            int width = literal ? 1 : 3;
            // Room for the soft break's "=" unless this is the line's last character.
            int limit = lineEnd ? MAX : MAX - 1;
            if (column + width > limit) {
                out.write('=');
                out.write('\r');
                out.write('\n');
                column = 0;
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
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b == '\r' || b == '\n') {
                if (b == '\r' && i + 1 < bytes.length && bytes[i + 1] == '\n') {
                    i++;
                }
                out.write('\r');
                out.write('\n');
            } else {
                out.write(b);
            }
        }
    }
}
