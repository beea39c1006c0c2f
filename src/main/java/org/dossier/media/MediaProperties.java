package org.dossier.media;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Upload limits and image variants.
 *
 * @param maxImageBytes largest image upload accepted
 * @param maxPdfBytes   largest PDF upload accepted
 * @param maxPixels     largest decoded image (width × height), against decompression bombs
 * @param widths        variant widths generated (never wider than the original)
 * @param jpegQuality   JPEG quality of re-encoded images, 0 to 1
 */
@ConfigurationProperties("dossier.media")
public record MediaProperties(
        @DefaultValue("15728640") long maxImageBytes,
        @DefaultValue("20971520") long maxPdfBytes,
        @DefaultValue("60000000") long maxPixels,
        @DefaultValue({"480", "800", "1200", "1600"}) List<Integer> widths,
        @DefaultValue("0.85") float jpegQuality) {
}
