package org.dossier.importer;

import java.util.List;

/**
 * What an import did. {@code problems} has one entry per skipped line; {@code cpuSeconds} is the
 * processor time the whole process used meanwhile (negative where the JVM cannot tell), which says
 * more than the wall time on a busy machine.
 */
public record ImportResult(long imported, long updated, long skipped, double seconds, double cpuSeconds,
                    List<Problem> problems) {

    /** A line that was not imported, and why. */
    public record Problem(long line, String reason) {

        @Override
        public String toString() {
            return "line " + line + ": " + reason;
        }
    }

    long saved() {
        return imported + updated;
    }

    double perSecond() {
        return seconds <= 0 ? 0 : saved() / seconds;
    }

    public String summary() {
        String cpu = cpuSeconds < 0 ? "" : String.format(", %.1f CPU-s", cpuSeconds);
        return String.format("Imported %,d, updated %,d, skipped %,d in %.1f s (%,.0f items/s%s)",
                imported, updated, skipped, seconds, perSecond(), cpu);
    }
}
