package org.dossier.mail;

import java.io.IOException;
import java.io.InputStream;

/** Reads SMTP replies (RFC 5321, 4.2): one or more lines, "250-..." continuing, "250 ..." ending. */
final class SmtpReplies {

    private final InputStream in;
    private final byte[] buffer = new byte[4096];
    private int pos;
    private int limit;
    private String last = "";

    SmtpReplies(InputStream in) {
        this.in = in;
    }

    /** Reads one whole reply and returns its code; -1 if the server closed the connection first. */
    int read() throws IOException {
        while (true) {
            String line = readLine();
            if (line == null) {
                last = "connection closed by the server";
                return -1;
            }
            last = line;
            if (line.length() < 4 || line.charAt(3) != '-') {
                return code(line);
            }
        }
    }

    /** The last reply line read, e.g. "550 5.1.1 unknown user". */
    String last() {
        return last;
    }

    void last(String line) {
        last = line;
    }

    private String readLine() throws IOException {
        StringBuilder line = new StringBuilder(64);
        while (true) {
            if (pos == limit) {
                limit = in.read(buffer, 0, buffer.length);
                pos = 0;
                if (limit <= 0) {
                    limit = 0;
                    return line.isEmpty() ? null : line.toString();
                }
            }
            byte b = buffer[pos++];
            if (b == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            line.append((char) (b & 0xff));
        }
    }

    private static int code(String line) {
        if (line.length() < 3) {
            return 0;
        }
        int code = 0;
        for (int i = 0; i < 3; i++) {
            char c = line.charAt(i);
            if (c < '0' || c > '9') {
                return 0;
            }
            code = code * 10 + (c - '0');
        }
        return code;
    }
}
