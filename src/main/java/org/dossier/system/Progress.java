package org.dossier.system;

import java.io.PrintStream;
import java.time.Duration;

/**
 * Progress of a long task. On a terminal it redraws one bar line; elsewhere (CI, a pipe) it prints
 * a plain line at most every few seconds, so logs stay readable.
 */
public final class Progress {

    private static final int WIDTH = 30;
    private final PrintStream out;
    private final String label;
    private final long total;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private long lastPrint;
    private volatile long done; // volatile: a background job's status page reads it from another thread

    /** A bar for {@code total} units; a total of 0 or less means unknown. */
    public Progress(String label, long total, PrintStream out, boolean terminal) {
        this.label = label;
        this.total = total;
        this.out = out;
        this.terminal = terminal;
    }

    public static Progress onConsole(String label, long total) {
        return new Progress(label, total, System.err, System.console() != null);
    }

    public void step(long units) {
        done += units;
        long now = System.nanoTime();
        long interval = terminal ? 100_000_000L : 5_000_000_000L;
        if (now - lastPrint >= interval) {
            lastPrint = now;
            print(false);
        }
    }

    public void finish() {
        print(true);
    }

    public long done() {
        return done;
    }

    private void print(boolean last) {
        double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
        String rate = String.format("%,.0f/s", done / seconds);
        String line;
        if (total > 0) {
            int filled = (int) Math.min(WIDTH, WIDTH * done / total);
            line = String.format("%s [%s%s] %,d/%,d %s", label, "#".repeat(filled), " ".repeat(WIDTH - filled),
                    done, total, rate);
        } else {
            line = String.format("%s %,d %s", label, done, rate);
        }
        if (last) {
            line += " in " + Duration.ofMillis((long) (seconds * 1000)).toString().substring(2).toLowerCase();
        }
        if (terminal) {
            out.print("\r" + line + (last ? System.lineSeparator() : ""));
        } else {
            out.println(line);
        }
        out.flush();
    }
}
