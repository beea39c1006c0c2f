package org.dossier.media;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises an upload by its first bytes, and refuses files that are something else as well:
 * markup or script anywhere inside (the usual polyglot trick), or a name that claims another type.
 */
enum FileKind {
    JPEG("image/jpeg", "jpg", "jpeg"),
    PNG("image/png", "png"),
    GIF("image/gif", "gif"),
    PDF("application/pdf", "pdf");

    private static final Pattern MARKUP = Pattern.compile(
            "<\\s*(script|html|body|svg|iframe|object|embed|\\?php|!doctype)|javascript:|on(load|error)\\s*=",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PDF_ACTIVE = Pattern.compile("/(JavaScript|JS|Launch|EmbeddedFile|RichMedia|XFA)\\b");

    private final String mediaType;
    private final String[] extensions;

    FileKind(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = extensions;
    }

    String mediaType() {
        return mediaType;
    }

    /** The kind of the bytes, checked against the name; throws {@link MediaException} when refused. */
    static FileKind of(byte[] bytes, String fileName) {
        FileKind kind = sniff(bytes);
        if (kind == null) {
            throw new MediaException("This file is not a JPEG, PNG, GIF or PDF (judged by its content, not its name).");
        }
        String extension = extension(fileName);
        if (!kind.accepts(extension)) {
            throw new MediaException("The file name ends in ." + extension + " but the content is "
                    + kind.name() + ". Rename it or upload the right file.");
        }
        String latin = new String(bytes, StandardCharsets.ISO_8859_1);
        if (MARKUP.matcher(latin).find()) {
            throw new MediaException("This file contains web markup or script as well as " + kind.name()
                    + " data, so it is refused.");
        }
        if (kind == PDF && PDF_ACTIVE.matcher(latin).find()) {
            throw new MediaException("This PDF contains scripts, launch actions or embedded files; export it again without them.");
        }
        return kind;
    }

    private boolean accepts(String extension) {
        for (String e : extensions) {
            if (e.equals(extension)) {
                return true;
            }
        }
        return false;
    }

    private static FileKind sniff(byte[] b) {
        if (b.length > 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return JPEG;
        }
        if (b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return PNG;
        }
        if (b.length > 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8') {
            return GIF;
        }
        if (b.length > 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-') {
            return PDF;
        }
        return null;
    }

    private static String extension(String name) {
        if (name == null) {
            return "";
        }
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
