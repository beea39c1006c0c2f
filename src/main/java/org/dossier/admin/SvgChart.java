package org.dossier.admin;

import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart laid out on the server, drawn by a jte template as inline SVG: no chart library and no
 * script, so it passes the strict Content-Security-Policy and prints. Coordinates are in SVG user units.
 */
public record SvgChart(String title, String summary, int width, int height, long max, List<Bar> bars) {

    private static final int WIDTH = 720;
    private static final int AXIS = 28;
    private static final int ROW = 22;
    private static final int LABEL = 220;
    private static final int LABEL_CHARS = 32;

    /** One bar with its rectangle, its label (shortened to fit) and where the label goes. */
    public record Bar(String label, String fullLabel, long value, int x, int y, int w, int h, int labelX, int labelY,
                      boolean showLabel) {
    }

    /** Vertical columns, one per point, left to right; every {@code labelEvery}-th label is printed under the axis. */
    public static SvgChart columns(String title, String summary, List<String> labels, List<Long> values, int labelEvery) {
        int height = 200;
        int plot = height - AXIS;
        long max = Math.max(1, values.stream().mapToLong(Long::longValue).max().orElse(1));
        int n = Math.max(1, values.size());
        int step = (WIDTH - 40) / n;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            long v = values.get(i);
            int h = (int) Math.round((double) plot * v / max);
            int x = 40 + i * step;
            bars.add(new Bar(labels.get(i), labels.get(i), v, x, plot - h, Math.max(1, step - 2), h, x + step / 2,
                    height - 8, i % labelEvery == 0 || i == values.size() - 1));
        }
        return new SvgChart(title, summary, WIDTH, height, max, bars);
    }

    /** Horizontal bars, one row per item, top to bottom, the label on the left. */
    public static SvgChart rows(String title, String summary, List<String> labels, List<Long> values) {
        long max = Math.max(1, values.stream().mapToLong(Long::longValue).max().orElse(1));
        int plot = WIDTH - LABEL - 60;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            long v = values.get(i);
            String full = labels.get(i);
            String shown = full.length() > LABEL_CHARS ? full.substring(0, LABEL_CHARS - 1) + "…" : full;
            int w = (int) Math.max(1, Math.round((double) plot * v / max));
            bars.add(new Bar(shown, full, v, LABEL, i * ROW + 4, w, ROW - 6, LABEL - 6, i * ROW + ROW - 6, true));
        }
        return new SvgChart(title, summary, WIDTH, Math.max(ROW, values.size() * ROW + 4), max, bars);
    }

    public boolean empty() {
        return bars.stream().allMatch(b -> b.value() == 0);
    }
}
