package org.dossier.mail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A reusable byte buffer for one worker's messages: each copy is assembled here and written to the
 * socket in one call, so a send of 100,000 mails does not allocate 100,000 large arrays.
 */
final class Wire {

    private byte[] bytes;
    private int size;
    private byte[] stuffed = new byte[0];

    Wire(int capacity) {
        this.bytes = new byte[capacity];
    }

    void reset() {
        size = 0;
    }

    int size() {
        return size;
    }

    void write(byte[] b) {
        write(b, 0, b.length);
    }

    void write(byte[] b, int off, int len) {
        ensure(len);
        System.arraycopy(b, off, bytes, size, len);
        size += len;
    }

    void write(int b) {
        ensure(1);
        bytes[size++] = (byte) b;
    }

    /** Appends {@code s}, which must be ASCII. */
    void ascii(String s) {
        int n = s.length();
        ensure(n);
        for (int i = 0; i < n; i++) {
            bytes[size++] = (byte) s.charAt(i);
        }
    }

    void utf8(String s) {
        write(s.getBytes(StandardCharsets.UTF_8));
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    /**
     * Writes the buffer as SMTP DATA content (RFC 5321, 4.5.2): a line that starts with "." gets
     * one more. The buffer must end with CRLF; the final dot is not written here.
     */
    void writeStuffedTo(OutputStream out) throws IOException {
        int dots = 0;
        for (int i = 0; i < size; i++) {
            if (bytes[i] == '.' && (i == 0 || bytes[i - 1] == '\n')) {
                dots++;
            }
        }
        if (dots == 0) {
            out.write(bytes, 0, size);
            return;
        }
        if (stuffed.length < size + dots) {
            stuffed = new byte[size + dots + 1024];
        }
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (bytes[i] == '.' && (i == 0 || bytes[i - 1] == '\n')) {
                stuffed[n++] = '.';
            }
            stuffed[n++] = bytes[i];
        }
        out.write(stuffed, 0, n);
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
