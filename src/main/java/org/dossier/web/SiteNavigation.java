package org.dossier.web;

import java.util.List;

/** Supplies the header's section links; implemented by the taxonomy feature. */
public interface SiteNavigation {

    List<NavLink> sections();
}
