package org.dossier.api;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param maxPageSize         largest {@code size} a client may ask for
 * @param requestsPerMinute   requests one client address may make per minute before getting 429
 * @param corsOrigins         origins allowed to read the API from a browser
 */
@ConfigurationProperties("dossier.api")
public record ApiProperties(
        @DefaultValue("100") int maxPageSize,
        @DefaultValue("300") int requestsPerMinute,
        @DefaultValue("*") String[] corsOrigins) {
}
