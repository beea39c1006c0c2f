/**
 * What every page shares: the layout's data ({@link org.dossier.web.SiteChrome}), Markdown
 * rendering and sanitising, error pages, the public page cache and the security configuration.
 * Depends on no feature; features depend on it.
 */
package org.dossier.web;
