package org.dossier.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.dossier.system.DossierProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploaded files waiting for a background job: copied under {@code <data-dir>/uploads} under a name
 * of our own (only the suffix is kept, since the importers read ".gz" from it) and removed by the job.
 */
@Component
class Uploads {

    private final Path dir;

    Uploads(DossierProperties site) {
        this.dir = site.dataDir().resolve("uploads");
    }

    /** Keeps the upload; refuses an empty one or one whose name does not end in one of {@code suffixes}. */
    Path keep(MultipartFile file, String what, String... suffixes) {
        if (file == null || file.isEmpty()) {
            throw new Refusal(400, "Choose a " + what + " file to upload.");
        }
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(java.util.Locale.ROOT);
        String suffix = null;
        for (String s : suffixes) {
            if (name.endsWith(s) && (suffix == null || s.length() > suffix.length())) {
                suffix = s;
            }
        }
        if (suffix == null) {
            throw new Refusal(400, "The file must be a " + what + " file (" + String.join(", ", suffixes) + ").");
        }
        try (InputStream in = file.getInputStream()) {
            Files.createDirectories(dir);
            Path target = dir.resolve(UUID.randomUUID() + suffix);
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void discard(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover upload is harmless; the folder holds nothing else and can be emptied by hand
        }
    }
}
