package org.dossier.importer.wxr;

/**
 * A category, tag or other term, declared in the channel or named on an item.
 *
 * @param taxonomy {@code category}, {@code post_tag} or another WordPress taxonomy
 * @param parent   slug of the parent term, or blank
 */
record WxrTerm(String taxonomy, String slug, String name, String parent, String description) {

    static final String CATEGORY = "category";
    static final String TAG = "post_tag";
}
