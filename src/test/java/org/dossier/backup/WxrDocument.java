package org.dossier.backup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A written WXR file read back with the DOM, for checking its structure item by item. */
final class WxrDocument {

    private static final String WP = WxrExport.WP;
    private final List<Element> items = new ArrayList<>();

    private WxrDocument(Document doc) {
        NodeList list = doc.getElementsByTagName("item");
        for (int i = 0; i < list.getLength(); i++) {
            items.add((Element) list.item(i));
        }
    }

    static WxrDocument read(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return new WxrDocument(factory.newDocumentBuilder().parse(file.toFile()));
    }

    List<String> postIds() {
        return items.stream().map(i -> wp(i, "post_id")).toList();
    }

    String field(String postId, String name) {
        return wp(item(postId), name);
    }

    String excerpt(String postId) {
        return item(postId).getElementsByTagNameNS("http://wordpress.org/export/1.2/excerpt/", "encoded").item(0)
                .getTextContent();
    }

    /** The value of a postmeta key of an item, or null. */
    String meta(Object postId, String key) {
        NodeList metas = item(String.valueOf(postId)).getElementsByTagNameNS(WP, "postmeta");
        for (int i = 0; i < metas.getLength(); i++) {
            Element m = (Element) metas.item(i);
            if (wp(m, "meta_key").equals(key)) {
                return wp(m, "meta_value");
            }
        }
        return null;
    }

    /** Attachment URLs of the attachment items whose parent is {@code parentId}, in file order. */
    List<String> attachmentUrlsOf(long parentId) {
        return items.stream().filter(i -> "attachment".equals(wp(i, "post_type"))
                        && String.valueOf(parentId).equals(wp(i, "post_parent")))
                .map(i -> wp(i, "attachment_url")).toList();
    }

    private Element item(String postId) {
        return items.stream().filter(i -> postId.equals(wp(i, "post_id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no item with wp:post_id " + postId));
    }

    private static String wp(Element parent, String name) {
        NodeList found = parent.getElementsByTagNameNS(WP, name);
        return found.getLength() == 0 ? null : found.item(0).getTextContent();
    }
}
