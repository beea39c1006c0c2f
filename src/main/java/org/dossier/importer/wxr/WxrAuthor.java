package org.dossier.importer.wxr;

/** A {@code <wp:author>} (or wordpress.com's {@code <wp:wp_author>}) of the channel. */
record WxrAuthor(String login, String email, String displayName, String firstName, String lastName) {

    /** The name to show: display name, else first and last name, else the login. */
    String name() {
        if (displayName != null && !displayName.isBlank()) {
            return displayName.strip();
        }
        String full = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).strip();
        return full.isEmpty() ? login : full;
    }
}
