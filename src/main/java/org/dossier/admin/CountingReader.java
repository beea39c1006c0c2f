package org.dossier.admin;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import org.dossier.system.Progress;

/** Reports the characters read to a progress bar, so an import that only takes a reader still shows how far it got. */
final class CountingReader extends FilterReader {

    private final Progress progress;

    CountingReader(Reader in, Progress progress) {
        super(in);
        this.progress = progress;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            progress.step(1);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            progress.step(n);
        }
        return n;
    }
}
