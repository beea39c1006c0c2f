package org.dossier.admin;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Query-string pieces for links that keep a list's filters. */
final class Links {

    private Links() {
    }

    static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
