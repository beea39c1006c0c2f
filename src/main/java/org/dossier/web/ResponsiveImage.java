package org.dossier.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the width variants of an uploaded image from its URL (the media feature names the largest
 * {@code <key>-<W>x<H>.<ext>} and the others {@code <key>-<w>w.<ext>}) so templates can write
 * {@code srcset}, {@code width} and {@code height} without a database look-up. Other URLs (imports,
 * external images) get the fallback size.
 */
public record ResponsiveImage(String src, String srcset, int width, int height) {

    private static final Pattern UPLOADED = Pattern.compile("^(/media/img/\\d{4}/[0-9a-f]{18})-(\\d{1,5})x(\\d{1,5})\\.(jpg|png)$");
    private static final int[] WIDTHS = {480, 800, 1200, 1600};

    /** The responsive form of {@code url}; {@code fallbackWidth}/{@code fallbackHeight} when unknown. */
    public static ResponsiveImage of(String url, int fallbackWidth, int fallbackHeight) {
        Matcher m = url == null ? null : UPLOADED.matcher(url);
        if (m == null || !m.matches()) {
            return new ResponsiveImage(url, null, fallbackWidth, fallbackHeight);
        }
        int width = Integer.parseInt(m.group(2));
        int height = Integer.parseInt(m.group(3));
        List<String> parts = new ArrayList<>();
        for (int w : WIDTHS) {
            if (w < width) {
                parts.add(m.group(1) + "-" + w + "w." + m.group(4) + " " + w + "w");
            }
        }
        parts.add(url + " " + width + "w");
        return new ResponsiveImage(url, String.join(", ", parts), width, height);
    }
}
