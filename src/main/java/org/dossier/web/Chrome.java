package org.dossier.web;

import java.util.List;

/**
 * What the layout shows around every page: the institute's name, the section navigation and the
 * live size of the search index ("Total Index: N publications").
 */
public record Chrome(String siteName, String tagline, List<NavLink> sections, long indexTotal) {

    public String indexTotalText() {
        return String.format("%,d %s", indexTotal, indexTotal == 1 ? "publication" : "publications");
    }
}
