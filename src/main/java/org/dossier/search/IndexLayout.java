package org.dossier.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Where index generations live: {@code <data-dir>/index/<generation>/}, with a {@code CURRENT} file
 * naming the one in use and an {@code .index-inconsistent} marker that exists while the site runs
 * (so a start that finds it knows the last run was killed). A rebuild writes a new generation and
 * then replaces {@code CURRENT} by an atomic rename, so readers only ever see a complete index.
 */
final class IndexLayout {

    private static final String CURRENT = "CURRENT";
    private static final String MARKER = ".index-inconsistent";
    private static final String GENERATION = "g";
    private final Path root;

    IndexLayout(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    /** The generation in use, or null when there is none yet. */
    String current() throws IOException {
        Path file = root.resolve(CURRENT);
        if (!Files.exists(file)) {
            return null;
        }
        String name = Files.readString(file, StandardCharsets.UTF_8).strip();
        return name.isEmpty() || !Files.isDirectory(root.resolve(name)) ? null : name;
    }

    /** A fresh generation name, ordered by time so the newest is obvious in a listing. */
    String newGeneration() {
        return GENERATION + System.currentTimeMillis() + "-" + ProcessHandle.current().pid();
    }

    /** Points {@code CURRENT} at {@code name} in one atomic step. */
    void makeCurrent(String name) throws IOException {
        Files.createDirectories(root);
        Path tmp = root.resolve(CURRENT + ".tmp-" + ProcessHandle.current().pid());
        Files.writeString(tmp, name, StandardCharsets.UTF_8);
        Files.move(tmp, root.resolve(CURRENT), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Creates the running marker; returns true when it was already there (the last run did not stop cleanly). */
    boolean markRunning() throws IOException {
        Files.createDirectories(root);
        Path marker = root.resolve(MARKER);
        boolean existed = Files.exists(marker);
        if (!existed) {
            Files.createFile(marker);
        }
        return existed;
    }

    void markStopped() throws IOException {
        Files.deleteIfExists(root.resolve(MARKER));
    }

    boolean markerPresent() {
        return Files.exists(root.resolve(MARKER));
    }

    /**
     * Deletes generations other than {@code keep} that no process is writing: what a rebuild killed before
     * it finished leaves behind. A rebuild still running holds its write lock and is left alone.
     */
    void deleteAbandoned(String keep) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        List<Path> generations;
        try (Stream<Path> entries = Files.list(root)) {
            generations = entries.filter(Files::isDirectory).filter(dir -> dir.getFileName().toString().startsWith(GENERATION))
                    .filter(dir -> !dir.getFileName().toString().equals(keep)).toList();
        }
        for (Path dir : generations) {
            boolean idle;
            try (FSDirectory directory = FSDirectory.open(dir);
                 Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
                idle = true;
            } catch (LockObtainFailedException busy) {
                idle = false;
            }
            if (idle) {
                delete(dir.getFileName().toString());
            }
        }
    }

    void delete(String generation) throws IOException {
        Path dir = root.resolve(generation);
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
