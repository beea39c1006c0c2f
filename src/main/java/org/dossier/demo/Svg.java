package org.dossier.demo;

import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Generated pictures: abstract editorial patterns for featured and in-body images, and geometric
 * portraits with initials for experts. Calm, dark-enough colours so white text never sits on them.
 */
final class Svg {

    private static final List<String[]> PALETTES = List.of(
            new String[] {"#12344d", "#2f6f8f", "#8fb9c9", "#e8dcc2"},
            new String[] {"#3b2f4a", "#7a5c8e", "#c9a7c7", "#f1e6d8"},
            new String[] {"#1f3d2b", "#4f7d5a", "#a8c49a", "#efe9d6"},
            new String[] {"#4a2a1f", "#9c5b3c", "#d9a27b", "#f4e8dc"},
            new String[] {"#222831", "#4b5d73", "#9fb3c8", "#eceff3"},
            new String[] {"#5a1f2b", "#a33d4f", "#e29aa3", "#f7ebe6"});

    private Svg() {
    }

    /** A 1200×675 pattern; {@code style} 0–3 picks circles, stripes, contours or a grid of tiles. */
    static String pattern(Random random, int style) {
        String[] c = PALETTES.get(random.nextInt(PALETTES.size()));
        StringBuilder s = new StringBuilder(4096);
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1200 675\" width=\"1200\" height=\"675\">");
        s.append(rect(0, 0, 1200, 675, c[3]));
        switch (style % 4) {
            case 0 -> circles(s, random, c);
            case 1 -> stripes(s, random, c);
            case 2 -> contours(s, random, c);
            default -> tiles(s, random, c);
        }
        return s.append("</svg>\n").toString();
    }

    /** A 240×240 portrait placeholder: a coloured field, a shape, and the initials. */
    static String avatar(Random random, String initials) {
        String[] c = PALETTES.get(random.nextInt(PALETTES.size()));
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 240 240\" width=\"240\" height=\"240\">"
                + rect(0, 0, 240, 240, c[0])
                + String.format(Locale.ROOT, "<circle cx=\"%d\" cy=\"%d\" r=\"%d\" fill=\"%s\" opacity=\"0.55\"/>",
                        60 + random.nextInt(120), 180 + random.nextInt(40), 90 + random.nextInt(40), c[1])
                + "<text x=\"120\" y=\"138\" text-anchor=\"middle\" font-family=\"Georgia, 'Times New Roman', serif\""
                + " font-size=\"84\" fill=\"#ffffff\">" + initials + "</text></svg>\n";
    }

    private static void circles(StringBuilder s, Random r, String[] c) {
        for (int i = 0; i < 14; i++) {
            s.append(String.format(Locale.ROOT,
                    "<circle cx=\"%d\" cy=\"%d\" r=\"%d\" fill=\"none\" stroke=\"%s\" stroke-width=\"%d\" opacity=\"0.8\"/>",
                    r.nextInt(1200), r.nextInt(675), 40 + r.nextInt(260), c[r.nextInt(3)], 2 + r.nextInt(18)));
        }
        s.append(String.format(Locale.ROOT, "<circle cx=\"%d\" cy=\"%d\" r=\"%d\" fill=\"%s\"/>",
                300 + r.nextInt(600), 200 + r.nextInt(275), 80 + r.nextInt(80), c[0]));
    }

    private static void stripes(StringBuilder s, Random r, String[] c) {
        int x = -400;
        while (x < 1600) {
            int w = 20 + r.nextInt(90);
            s.append(String.format(Locale.ROOT, "<polygon points=\"%d,0 %d,0 %d,675 %d,675\" fill=\"%s\"/>",
                    x, x + w, x + w - 300, x - 300, c[r.nextInt(3)]));
            x += w + 10 + r.nextInt(60);
        }
    }

    private static void contours(StringBuilder s, Random r, String[] c) {
        for (int line = 0; line < 22; line++) {
            int y = 20 + line * 30;
            StringBuilder d = new StringBuilder("M0 " + y);
            for (int x = 100; x <= 1200; x += 100) {
                d.append(" Q").append(x - 50).append(' ').append(y + r.nextInt(80) - 40).append(' ')
                        .append(x).append(' ').append(y + r.nextInt(30) - 15);
            }
            s.append("<path d=\"").append(d).append("\" fill=\"none\" stroke=\"").append(c[line % 3])
                    .append("\" stroke-width=\"").append(2 + r.nextInt(5)).append("\"/>");
        }
    }

    private static void tiles(StringBuilder s, Random r, String[] c) {
        for (int y = 0; y < 675; y += 75) {
            for (int x = 0; x < 1200; x += 75) {
                if (r.nextInt(3) == 0) {
                    s.append(rect(x, y, 75, 75, c[r.nextInt(3)]));
                } else if (r.nextBoolean()) {
                    s.append(String.format(Locale.ROOT, "<circle cx=\"%d\" cy=\"%d\" r=\"30\" fill=\"%s\"/>",
                            x + 37, y + 37, c[r.nextInt(3)]));
                }
            }
        }
    }

    private static String rect(int x, int y, int w, int h, String fill) {
        return String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>",
                x, y, w, h, fill);
    }
}
