package org.dossier.importer;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Opens JSONL files, gzip-compressed ones ({@code .gz}) included. */
final class JsonlFiles {

    private static final int BUFFER = 1 << 16;

    private JsonlFiles() {
    }

    static BufferedReader open(Path file) throws IOException {
        return new BufferedReader(new InputStreamReader(openBytes(file), StandardCharsets.UTF_8), BUFFER);
    }

    /** The file's lines as bytes, for the JSON parser to decode. */
    static ByteLines lines(Path file) throws IOException {
        return new ByteLines(openBytes(file));
    }

    private static InputStream openBytes(Path file) throws IOException {
        InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER);
        if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gz")) {
            in = new GZIPInputStream(in, BUFFER);
        }
        return in;
    }

    /** Lines in the file, for a progress bar with an end; costs one extra read of the file (not decoded). */
    static long countLines(Path file) throws IOException {
        try (InputStream in = openBytes(file)) {
            byte[] buffer = new byte[BUFFER];
            long lines = 0;
            int last = '\n';
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
                last = n > 0 ? buffer[n - 1] : last;
            }
            return last == '\n' ? lines : lines + 1;
        }
    }
}
