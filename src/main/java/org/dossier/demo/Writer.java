package org.dossier.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.dossier.demo.Catalog.RegionDef;
import org.dossier.demo.Catalog.TopicDef;

/**
 * Fills the phrase banks for one publication. Each bank is drawn without repetition within a
 * document, so no sentence appears twice in one body; the seeded {@link Random} makes the whole
 * demo the same on every run.
 */
final class Writer {

    private final Random random;
    private final Map<String, String> slots = new HashMap<>();
    private final Map<List<String>, List<String>> remaining = new HashMap<>();
    final TopicDef topic;
    final RegionDef region;
    final RegionDef other;
    final String subject;
    final String issue;

    Writer(Random random, TopicDef topic, RegionDef region, RegionDef other, int thisYear) {
        this.random = random;
        this.topic = topic;
        this.region = region;
        this.other = other;
        this.subject = pick(topic.subjects());
        this.issue = pick(topic.issues());
        slots.put("R", region.inProse());
        slots.put("Radj", region.adjective());
        slots.put("cap", region.capital());
        slots.put("gov", region.government());
        slots.put("R2", other.inProse());
        slots.put("cap2", other.capital());
        slots.put("gov2", other.government());
        slots.put("S", subject);
        slots.put("I", issue);
        slots.put("year", String.valueOf(thisYear - 2 - random.nextInt(10)));
        slots.put("pct", String.valueOf(12 + random.nextInt(37)));
        slots.put("n", String.valueOf(3 + random.nextInt(7)));
        slots.put("k", String.valueOf(3 + random.nextInt(6)));
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    Random random() {
        return random;
    }

    /** The next unused template of {@code bank}, filled in, with a capital first letter. */
    String next(List<String> bank) {
        List<String> left = remaining.computeIfAbsent(bank, b -> {
            List<String> copy = new ArrayList<>(b);
            Collections.shuffle(copy, random);
            return copy;
        });
        if (left.isEmpty()) {
            remaining.remove(bank);
            return next(bank);
        }
        return capitalize(fill(left.remove(left.size() - 1), false));
    }

    /** A title from {@code bank} with its slots in title case. */
    String title(List<String> bank) {
        return capitalize(fill(pick(bank), true));
    }

    /** A paragraph of sentences, one from each bank. */
    @SafeVarargs
    final String paragraph(List<String>... banks) {
        StringBuilder p = new StringBuilder();
        for (List<String> bank : banks) {
            if (!p.isEmpty()) {
                p.append(' ');
            }
            p.append(next(bank));
        }
        return p.toString();
    }

    String fill(String template, boolean titleCase) {
        StringBuilder out = new StringBuilder(template.length() + 40);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                out.append(template, i, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            out.append(template, i, open);
            String value = slots.getOrDefault(template.substring(open + 1, close), "");
            out.append(titleCase ? titleCase(value) : value);
            i = close + 1;
        }
        return out.toString();
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    static String titleCase(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (String word : s.split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            // minor words stay lower case even first: a slot value sits inside a title, whose own first
            // letter is capitalised separately
            boolean minor = List.of("and", "of", "the", "in", "on", "a", "an", "to", "for").contains(word);
            out.append(minor ? word : capitalize(word));
        }
        return out.toString();
    }
}
