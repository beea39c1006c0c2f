package org.dossier.importer.wxr;

import java.util.List;
import java.util.Map;

/**
 * One {@code <item>}: a post, page, attachment or anything else WordPress stores as a post.
 * Dates are WordPress's own text ({@code 2013-05-01 10:00:00}); blank or all-zero when unset.
 */
record WxrItem(String postId, String title, String link, String creator, String content, String excerpt,
               String postDate, String postDateGmt, String modified, String modifiedGmt, String slug, String status,
               String type, String parent, String password, String attachmentUrl, List<WxrTerm> terms,
               Map<String, String> meta, int comments) {

    boolean isPublicationKind() {
        return "post".equals(type) || "page".equals(type);
    }

    String metaValue(String key) {
        return meta.get(key);
    }
}
