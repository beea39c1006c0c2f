package org.dossier.importer.wxr;

/** Receives the parts of a WordPress export in file order as {@link WxrReader} streams it. */
interface WxrHandler {

    /** A simple channel element such as {@code wxr_version}, {@code link} or {@code base_blog_url}. */
    default void channelField(String name, String value) {
    }

    default void author(WxrAuthor author) {
    }

    /** A channel-level term; {@code element} is {@code category}, {@code tag} or {@code term}. */
    default void term(String element, WxrTerm term) {
    }

    default void item(WxrItem item) {
    }
}
