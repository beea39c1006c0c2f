package org.dossier.mail;

import java.util.Map;

/**
 * The shared part of one mail: what every recipient gets. {@value #TOKEN} anywhere in the bodies or
 * the header values is replaced by each recipient's personal token (for signed links) on delivery.
 *
 * @param kind    what sort of mail this is (confirmation, publication, digest, newsletter, test)
 * @param headers extra headers such as {@code List-Unsubscribe}; names and values must be single-line
 */
public record MailContent(String kind, String subject, String html, String text, Map<String, String> headers) {

    public static final String TOKEN = "{{token}}";

    public MailContent {
        headers = Map.copyOf(headers);
        for (var header : headers.entrySet()) {
            requireSingleLine(header.getKey());
            requireSingleLine(header.getValue());
        }
        requireSingleLine(subject);
    }

    private static void requireSingleLine(String value) {
        if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("Mail headers must be single-line");
        }
    }

    /** The content as {@code recipientToken}'s copy reads. */
    public MailContent personalFor(String recipientToken) {
        if (recipientToken.isEmpty()) {
            return this;
        }
        Map<String, String> personal = new java.util.LinkedHashMap<>();
        headers.forEach((k, v) -> personal.put(k, v.replace(TOKEN, recipientToken)));
        return new MailContent(kind, subject, html.replace(TOKEN, recipientToken),
                text.replace(TOKEN, recipientToken), personal);
    }
}
