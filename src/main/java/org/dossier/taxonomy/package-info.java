/**
 * How content is organised: sections (the site's top-level areas, such as the blog), publication
 * types, and the topic, region and tag vocabularies, with their public pages' data.
 */
package org.dossier.taxonomy;
