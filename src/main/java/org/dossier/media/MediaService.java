package org.dossier.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import org.dossier.accounts.AuditLog;
import org.dossier.system.DossierProperties;
import org.springframework.stereotype.Service;

/**
 * Stores uploads under {@code <data>/media}, served at {@code /media/}. File names are random, never
 * the uploader's. Image variants are named {@code <key>-<w>w.<ext>}, the largest
 * {@code <key>-<W>x<H>.<ext>}, which is what {@link org.dossier.web.ResponsiveImage} reads back to
 * build {@code srcset}, width and height.
 */
@Service
public class MediaService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final MediaRepository repository;
    private final MediaProperties properties;
    private final DossierProperties site;
    private final AuditLog audit;
    private final Clock clock;

    MediaService(MediaRepository repository, MediaProperties properties, DossierProperties site, AuditLog audit,
                 Clock clock) {
        this.repository = repository;
        this.properties = properties;
        this.site = site;
        this.audit = audit;
        this.clock = clock;
    }

    /** Checks, re-encodes and stores an image; throws {@link MediaException} saying why one is refused. */
    public MediaItem storeImage(byte[] bytes, String originalName, String by) {
        if (bytes.length > properties.maxImageBytes()) {
            throw new MediaException("Images may be at most " + properties.maxImageBytes() / (1024 * 1024) + " MB.");
        }
        FileKind kind = FileKind.of(bytes, originalName);
        if (kind == FileKind.PDF) {
            throw new MediaException("This is a PDF; upload it as an attachment, not as an image.");
        }
        ImageVariants.Encoded encoded = ImageVariants.encode(bytes, properties);
        String folder = folder("img");
        String key = key();
        long total = 0;
        for (ImageVariants.Variant v : encoded.variants()) {
            String name = v == encoded.largest() ? key + "-" + v.width() + "x" + v.height() : key + "-" + v.width() + "w";
            write(folder, name + "." + encoded.extension(), v.bytes());
            total += v.bytes().length;
        }
        ImageVariants.Variant largest = encoded.largest();
        String url = "/media/" + folder + "/" + key + "-" + largest.width() + "x" + largest.height() + "."
                + encoded.extension();
        return record("image", url, originalName, encoded.mediaType(), largest.width(), largest.height(), total, by);
    }

    /** Checks and stores a PDF attachment as uploaded (PDFs with active content are refused). */
    public MediaItem storePdf(byte[] bytes, String originalName, String by) {
        if (bytes.length > properties.maxPdfBytes()) {
            throw new MediaException("PDFs may be at most " + properties.maxPdfBytes() / (1024 * 1024) + " MB.");
        }
        if (FileKind.of(bytes, originalName) != FileKind.PDF) {
            throw new MediaException("Attachments must be PDF files.");
        }
        String folder = folder("files");
        String name = key() + ".pdf";
        write(folder, name, bytes);
        return record("pdf", "/media/" + folder + "/" + name, originalName, "application/pdf", null, null, bytes.length, by);
    }

    public List<MediaItem> recent(int limit, int offset) {
        return repository.recent(limit, offset);
    }

    private MediaItem record(String kind, String url, String originalName, String type, Integer width, Integer height,
                             long size, String by) {
        String name = originalName == null ? "" : originalName.replaceAll("[\\p{Cntrl}]", "");
        name = name.length() > 200 ? name.substring(0, 200) : name;
        long id = repository.insert(kind, url, name, type, width, height, size, by, clock.millis());
        audit.record(by, "media.upload", url, name);
        return new MediaItem(id, kind, url, name, type, width, height, size, by, clock.instant());
    }

    private String folder(String kind) {
        return kind + "/" + clock.instant().atZone(ZoneOffset.UTC).getYear();
    }

    private static String key() {
        byte[] bytes = new byte[9];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private void write(String folder, String name, byte[] bytes) {
        try {
            Path dir = site.mediaDir().resolve(folder);
            Files.createDirectories(dir);
            Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write media file " + name, e);
        }
    }
}
