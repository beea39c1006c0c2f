package org.dossier.subscriptions;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.dossier.taxonomy.Term;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CSV import and export of the list. Import columns: {@code email} (required), {@code name},
 * {@code organisation}, {@code frequency}, {@code topics} (slugs separated by ";"), {@code consent}
 * ("yes" when the person had agreed to receive mail: they are added as confirmed; otherwise they
 * get the confirmation mail like anyone signing up). Every row gets a line in the report; a bad
 * row changes nothing; addresses already on the list or erased are skipped.
 */
@Service
public class SubscriberCsv {

    static final int MAX_ROWS = 200_000;
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).setTrim(true).get();
    private static final String[] EXPORT = {"email", "name", "organisation", "status", "frequency", "paused", "topics",
            "source", "created_at", "confirmed_at"};

    private final SubscriberRepository subscribers;
    private final SubscriberForms forms;
    private final SignedLinks links;
    private final SignUps signUps;
    private final Clock clock;

    SubscriberCsv(SubscriberRepository subscribers, SubscriberForms forms, SignedLinks links, SignUps signUps,
                  Clock clock) {
        this.subscribers = subscribers;
        this.forms = forms;
        this.links = links;
        this.signUps = signUps;
        this.clock = clock;
    }

    /** One line of the import report. */
    public record RowResult(long row, String email, String result, String message) {
    }

    /** Imports {@code csv}, marking new people with {@code source}; returns the per-row report. */
    @Transactional
    public List<RowResult> importCsv(Reader csv, String source) {
        String origin = "import:" + SubscriberForms.text("source", "Source", source == null ? "csv" : source);
        Map<String, Long> topicBySlug = forms.topics().stream().collect(Collectors.toMap(Term::slug, Term::id));
        List<RowResult> report = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try {
            var parser = FORMAT.parse(csv);
            if (!parser.getHeaderMap().containsKey("email")) {
                throw new InvalidInputException("csv", "The first line must name the columns, including 'email'.");
            }
            for (CSVRecord record : parser) {
                if (record.getRecordNumber() > MAX_ROWS) {
                    throw new InvalidInputException("csv", "At most " + MAX_ROWS + " rows can be imported at once.");
                }
                report.add(importRow(record, topicBySlug, origin, seen));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            // commons-csv reports a malformed record (an unclosed quote) as UncheckedIOException while iterating
            throw new InvalidInputException("csv", "The file is not valid CSV: " + e.getMessage());
        }
        return report;
    }

    private RowResult importRow(CSVRecord r, Map<String, Long> topicBySlug, String source, Set<String> seen) {
        long line = r.getRecordNumber() + 1;
        String raw = get(r, "email");
        try {
            String email = EmailAddresses.normalise(raw);
            if (!seen.add(email)) {
                return new RowResult(line, email, "skipped", "Appears earlier in the file.");
            }
            List<String> topicIds = new ArrayList<>();
            for (String slug : get(r, "topics").split(";")) {
                if (!slug.isBlank()) {
                    Long id = topicBySlug.get(slug.strip().toLowerCase(Locale.ROOT));
                    if (id == null) {
                        throw new InvalidInputException("topics", "Unknown topic '" + slug.strip() + "'.");
                    }
                    topicIds.add(id.toString());
                }
            }
            var details = forms.details(email, get(r, "name"), get(r, "organisation"), topicIds, get(r, "frequency"));
            if (subscribers.isErased(links.hash(email))) {
                return new RowResult(line, email, "skipped", "This address was erased at the person's request.");
            }
            if (subscribers.byEmail(email).isPresent()) {
                return new RowResult(line, email, "skipped", "Already on the list.");
            }
            if (consented(get(r, "consent"))) {
                Instant now = clock.instant();
                long id = subscribers.insert(details, "pending", source, now);
                subscribers.addConsent(id, "import", "Consent recorded before import (" + source + ")", source, now);
                subscribers.confirm(id, now);
                return new RowResult(line, email, "added", "Added as confirmed (consent given before import).");
            }
            signUps.signUp(new SignUpForm(email, details.name(), details.organisation(), topicIds,
                    details.frequency().db(), ""), source);
            return new RowResult(line, email, "invited", "Added as pending; a confirmation mail was sent.");
        } catch (InvalidInputException e) {
            return new RowResult(line, raw, "error", e.getMessage());
        }
    }

    /** Writes every subscriber as CSV, in id order, a page at a time. */
    public void exportCsv(Writer out) {
        Map<Long, String> slugs = forms.topics().stream().collect(Collectors.toMap(Term::id, Term::slug));
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(EXPORT).get())) {
            long after = 0;
            List<Subscriber> page;
            while (!(page = subscribers.after(after, 1000)).isEmpty()) {
                for (Subscriber s : page) {
                    printer.printRecord(s.email(), s.name(), s.organisation(), s.status(), s.frequency().db(),
                            s.paused(), s.topicIds().stream().map(slugs::get).collect(Collectors.joining(";")),
                            s.source(), s.createdAt(), s.confirmedAt());
                    after = s.id();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean consented(String value) {
        return Set.of("yes", "y", "true", "1").contains(value.toLowerCase(Locale.ROOT));
    }

    private static String get(CSVRecord r, String column) {
        return r.isMapped(column) && r.isSet(column) ? r.get(column) : "";
    }
}
