package org.dossier.feeds;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.WebRequest;

/** A generated document with the validators conditional GET needs: a strong ETag from its bytes and a modification time. */
record Rendered(String body, MediaType type, String etag, long lastModified) {

    static Rendered of(String body, MediaType type, long lastModified) {
        return new Rendered(body, type, "\"" + sha256(body).substring(0, 32) + "\"", lastModified);
    }

    /** 304 when the client already has this version, else the document. */
    ResponseEntity<String> respond(WebRequest request) {
        if (request.checkNotModified(etag, lastModified)) {
            return null;
        }
        return ResponseEntity.ok().contentType(type).eTag(etag).lastModified(lastModified)
                .cacheControl(CacheControl.noCache()).body(body);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
