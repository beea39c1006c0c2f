/**
 * How to cite a publication: Chicago, APA and MLA text for readers, BibTeX, RIS and CSL-JSON for
 * reference managers, and Highwire {@code citation_*} meta tags for Google Scholar and Zotero.
 */
package org.dossier.citations;
