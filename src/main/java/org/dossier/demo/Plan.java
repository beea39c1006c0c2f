package org.dossier.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * When and where each published demo item goes: counts per section and dates spread evenly, with
 * jitter, over the last six years up to an hour ago, so every year and every section has content.
 */
final class Plan {

    static final int YEARS = 6;

    /** One planned publication: its section and publication time. */
    record Slot(String section, Instant publishedAt) {
    }

    private Plan() {
    }

    static List<Slot> slots(Random random, Instant now) {
        List<String> sections = new ArrayList<>();
        add(sections, "the-peninsula", 130);
        add(sections, "commentary", 60);
        add(sections, "reports", 40);
        add(sections, "events", 40);
        add(sections, "podcasts", 32);
        add(sections, "press-releases", 22);
        Collections.shuffle(sections, random);
        long span = Duration.ofDays(365L * YEARS).toMillis();
        long step = span / sections.size();
        List<Slot> slots = new ArrayList<>(sections.size());
        for (int i = 0; i < sections.size(); i++) {
            long age = Duration.ofHours(1).toMillis() + i * step + (long) (random.nextDouble() * step * 0.8);
            Instant at = now.minusMillis(age);
            slots.add(new Slot(sections.get(i), at.minusMillis(at.toEpochMilli() % 60_000)));
        }
        return slots;
    }

    private static void add(List<String> list, String section, int count) {
        for (int i = 0; i < count; i++) {
            list.add(section);
        }
    }
}
