package org.dossier.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Unpacks a backup into an empty data directory and checks every file against the manifest. Runs
 * without the application (which would create a fresh database first); refuses a data directory that
 * already holds a database or media, and any entry that would land outside it.
 */
public final class Restore {

    private Restore() {
    }

    /** Restores {@code zip} into {@code dataDir}; throws {@link IllegalStateException} saying what is wrong. */
    public static int restore(Path zip, Path dataDir) throws IOException {
        Path target = dataDir.toAbsolutePath().normalize();
        if (Files.exists(target.resolve(BackupService.DATABASE_ENTRY)) || notEmpty(target.resolve("media"))) {
            throw new IllegalStateException(target + " already holds a Dossier database or media; restore only into"
                    + " an empty data directory.");
        }
        Files.createDirectories(target);
        String manifest = null;
        int files = 0;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String name = entry.getName();
                if (name.equals(BackupService.MANIFEST_ENTRY)) {
                    manifest = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    continue;
                }
                Path out = target.resolve(name).normalize();
                boolean allowed = name.equals(BackupService.DATABASE_ENTRY) || name.startsWith("media/");
                if (!allowed || !out.startsWith(target) || entry.isDirectory()) {
                    throw new IllegalStateException("The backup contains an unexpected entry: " + name);
                }
                Files.createDirectories(out.getParent());
                Files.copy(in, out);
                files++;
            }
        }
        if (manifest == null) {
            throw new IllegalStateException(zip + " is not a Dossier backup (no " + BackupService.MANIFEST_ENTRY + ").");
        }
        verify(Manifest.parse(manifest), target);
        return files;
    }

    private static void verify(Map<String, String> expected, Path target) throws IOException {
        Map<String, String> actual = new HashMap<>();
        DataHash.files(target.resolve("media")).forEach((f, h) -> actual.put("media/" + f, h));
        actual.put(BackupService.DATABASE_ENTRY, DataHash.file(target.resolve(BackupService.DATABASE_ENTRY)));
        for (var e : expected.entrySet()) {
            if (!e.getValue().equals(actual.get(e.getKey()))) {
                throw new IllegalStateException("The restored file " + e.getKey() + " does not match the backup's"
                        + " manifest; the backup is damaged.");
            }
        }
    }

    private static boolean notEmpty(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isPresent();
        }
    }
}
