package org.dossier.importer.wxr;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where imported WordPress content goes.
 *
 * @param postSection     slug of the section for posts (created if missing)
 * @param postSectionName its name when it has to be created
 * @param pageSection     slug of the section for pages
 * @param pageSectionName its name when it has to be created
 * @param postType        publication type slug for posts
 * @param pageType        publication type slug for pages
 * @param batchSize       items written per call to the publication service (all in one transaction)
 */
@ConfigurationProperties("dossier.import.wxr")
public record WxrProperties(
        @DefaultValue("blog") String postSection,
        @DefaultValue("Blog") String postSectionName,
        @DefaultValue("pages") String pageSection,
        @DefaultValue("Pages") String pageSectionName,
        @DefaultValue("blog-post") String postType,
        @DefaultValue("commentary") String pageType,
        @DefaultValue("200") int batchSize) {
}
