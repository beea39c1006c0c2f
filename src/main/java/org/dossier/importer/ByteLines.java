package org.dossier.importer;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * The lines of a byte stream, split at {@code \n} (a {@code \r} before it is dropped) and left
 * undecoded: the JSON parser reads UTF-8 itself, so decoding each line into a String first would
 * read every byte of a large import twice.
 */
final class ByteLines implements Closeable {

    private final InputStream in;
    private byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private boolean end;

    ByteLines(InputStream in) {
        this.in = in;
    }

    /** The next line, or null at the end of the stream. */
    byte[] next() throws IOException {
        int scanned = position;
        while (true) {
            for (int i = scanned; i < limit; i++) {
                if (buffer[i] == '\n') {
                    byte[] line = slice(position, i);
                    position = i + 1;
                    return line;
                }
            }
            scanned = limit;
            if (end) {
                if (position == limit) {
                    return null;
                }
                byte[] line = slice(position, limit);
                position = limit;
                return line;
            }
            scanned -= position;
            fill();
        }
    }

    /** Moves the unread bytes to the front, grows the buffer for a long line, and reads more. */
    private void fill() throws IOException {
        int unread = limit - position;
        if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, unread);
            position = 0;
            limit = unread;
        }
        if (limit == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        int read = in.read(buffer, limit, buffer.length - limit);
        if (read < 0) {
            end = true;
        } else {
            limit += read;
        }
    }

    private byte[] slice(int from, int to) {
        return Arrays.copyOfRange(buffer, from, to > from && buffer[to - 1] == '\r' ? to - 1 : to);
    }

    /** True when the line holds nothing but spaces and tabs. */
    static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
