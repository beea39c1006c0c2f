package org.dossier.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.tika.Tika;
import org.dossier.publications.Attachment;
import org.dossier.system.DossierProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Extracts the text of a publication's attached files (PDF reports) with Apache Tika, so a hit
 * inside a report's PDF finds the report. Only files under the media directory are read; a file
 * that is missing or cannot be parsed is logged and contributes no text, never a failed index update.
 */
@Component
class AttachmentText {

    private static final Logger log = LoggerFactory.getLogger(AttachmentText.class);
    private static final String PREFIX = "/media/";
    private final Path mediaDir;
    private final Tika tika = new Tika();

    AttachmentText(DossierProperties dossier, SearchProperties properties) {
        this.mediaDir = dossier.mediaDir().toAbsolutePath().normalize();
        this.tika.setMaxStringLength(properties.maxAttachmentChars());
    }

    /** Titles and extracted text of all attachments, one after another. */
    String of(List<Attachment> attachments) {
        StringBuilder text = new StringBuilder();
        for (Attachment a : attachments) {
            text.append(a.title()).append('\n');
            Path file = file(a.url());
            if (file != null) {
                text.append(extract(file)).append('\n');
            }
        }
        return text.toString().strip();
    }

    private Path file(String url) {
        if (url == null || !url.startsWith(PREFIX)) {
            return null;
        }
        Path file = mediaDir.resolve(url.substring(PREFIX.length())).normalize();
        return file.startsWith(mediaDir) && Files.isRegularFile(file) ? file : null;
    }

    private String extract(Path file) {
        try {
            return tika.parseToString(file).replaceAll("\\s+", " ").strip();
        } catch (Exception | LinkageError e) {
            log.warn("Could not extract text from {}: {}", file, e.toString());
            return "";
        }
    }
}
