package org.dossier.backup;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The list of files in a backup with their SHA-256, one {@code hash  path} line each (like sha256sum). */
final class Manifest {

    private Manifest() {
    }

    static String of(Path database, Map<String, String> media) throws IOException {
        StringBuilder sb = new StringBuilder();
        String dbHash = DataHash.file(database);
        sb.append(dbHash).append("  ").append(BackupService.DATABASE_ENTRY).append('\n');
        media.forEach((file, hash) -> sb.append(hash).append("  media/").append(file).append('\n'));
        return sb.toString();
    }

    static Map<String, String> parse(String text) {
        Map<String, String> entries = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int gap = line.indexOf("  ");
            if (gap > 0) {
                entries.put(line.substring(gap + 2), line.substring(0, gap));
            }
        }
        return entries;
    }
}
