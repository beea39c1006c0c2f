package org.dossier.importer.wxr;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What an import found and did: counts per kind, what was skipped, and every conversion note. */
public final class ImportReport {

    private static final int EXAMPLES = 5;

    private final Map<String, Long> found;
    private final boolean dryRun;
    private long created;
    private long updated;
    private long unchanged;
    private long redirects;
    private java.time.Duration elapsed = java.time.Duration.ZERO;
    private final Map<String, Long> skipped = new TreeMap<>();
    private final List<String> warnings = new ArrayList<>();
    private final Map<String, List<String>> notes = new LinkedHashMap<>();
    private final Map<String, Long> noteCounts = new LinkedHashMap<>();

    ImportReport(Map<String, Long> found, boolean dryRun) {
        this.found = Map.copyOf(found);
        this.dryRun = dryRun;
    }

    /** Counts in the file, keyed like {@code COUNTS.jsonl} ({@code items}, {@code type:post}, {@code comments}, …). */
    public Map<String, Long> found() {
        return found;
    }

    public long created() {
        return created;
    }

    public long updated() {
        return updated;
    }

    public long unchanged() {
        return unchanged;
    }

    public long redirects() {
        return redirects;
    }

    public Map<String, Long> skipped() {
        return skipped;
    }

    public List<String> warnings() {
        return warnings;
    }

    /** How often each conversion note occurred. */
    public Map<String, Long> noteCounts() {
        return noteCounts;
    }

    void created(boolean isNew) {
        if (isNew) {
            created++;
        } else {
            updated++;
        }
    }

    void countUnchanged() {
        unchanged++;
    }

    void redirects(long n) {
        redirects += n;
    }

    void elapsed(java.time.Duration duration) {
        elapsed = duration;
    }

    /** Items per second over the whole import (both passes), JVM start-up excluded. */
    public double itemsPerSecond() {
        double seconds = Math.max(0.001, elapsed.toMillis() / 1000.0);
        return found.getOrDefault("items", 0L) / seconds;
    }

    void skip(String why) {
        skipped.merge(why, 1L, Long::sum);
    }

    void warn(String warning) {
        warnings.add(warning);
    }

    void note(String itemId, String note) {
        noteCounts.merge(note, 1L, Long::sum);
        List<String> examples = notes.computeIfAbsent(note, k -> new ArrayList<>());
        if (examples.size() < EXAMPLES && !examples.contains(itemId)) {
            examples.add(itemId);
        }
    }

    public void print(PrintStream out) {
        out.println(dryRun ? "Dry run: nothing was written." : "Import finished.");
        out.println("Found: " + found);
        out.printf("Publications: %d created, %d updated, %d unchanged; %d redirects written%n",
                created, updated, unchanged, redirects);
        out.printf(java.util.Locale.ROOT, "Time: %.1f s for %d items (%.1f items/s)%n", elapsed.toMillis() / 1000.0,
                found.getOrDefault("items", 0L), itemsPerSecond());
        if (found.getOrDefault("comments", 0L) > 0) {
            out.println("Comments skipped: " + found.get("comments"));
        }
        skipped.forEach((why, n) -> out.printf("Skipped %d: %s%n", n, why));
        warnings.forEach(w -> out.println("Warning: " + w));
        if (!noteCounts.isEmpty()) {
            out.println("Not converted or changed on the way (count, example WordPress ids):");
            noteCounts.forEach((note, n) -> out.printf("  %d × %s (e.g. %s)%n", n, note, String.join(", ",
                    notes.get(note))));
        }
    }
}
