package org.dossier.subscriptions;

import java.time.Duration;
import java.util.Locale;

/** How often a reader wants mail: a mail for each new publication, or a weekly or monthly digest. */
public enum Frequency {
    INSTANT("Each new publication", null),
    WEEKLY("Weekly digest", Duration.ofDays(7)),
    MONTHLY("Monthly digest", Duration.ofDays(30));

    private final String label;
    private final Duration period;

    Frequency(String label, Duration period) {
        this.label = label;
        this.period = period;
    }

    public String label() {
        return label;
    }

    /** Time between digests; null for instant mail. */
    public Duration period() {
        return period;
    }

    public String db() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a form or CSV value; null when it names no frequency. */
    public static Frequency parse(String value) {
        if (value == null) {
            return null;
        }
        for (Frequency f : values()) {
            if (f.db().equals(value.strip().toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        return null;
    }
}
