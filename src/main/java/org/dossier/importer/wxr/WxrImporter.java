package org.dossier.importer.wxr;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dossier.experts.ExpertRepository;
import org.dossier.publications.PublicationService;
import org.dossier.publications.Status;
import org.dossier.redirects.RedirectRepository;
import org.dossier.system.Progress;
import org.dossier.taxonomy.TaxonomyRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a WordPress export. The whole file is read once to check it before anything is written;
 * then the items are written in one transaction, so an import is all or nothing. A dry run does the
 * same work and rolls it back, so its report is exact.
 */
@Service
public class WxrImporter {

    private static final Set<String> KNOWN_VERSIONS = Set.of("1.0", "1.1", "1.2");

    private final PublicationService publications;
    private final TaxonomyRepository taxonomy;
    private final ExpertRepository experts;
    private final RedirectRepository redirects;
    private final WxrImportRepository repository;
    private final WxrProperties settings;
    private final TransactionTemplate transaction;
    private final Clock clock;

    WxrImporter(PublicationService publications, TaxonomyRepository taxonomy, ExpertRepository experts,
                RedirectRepository redirects, WxrImportRepository repository, WxrProperties settings,
                PlatformTransactionManager transactions, Clock clock) {
        this.publications = publications;
        this.taxonomy = taxonomy;
        this.experts = experts;
        this.redirects = redirects;
        this.repository = repository;
        this.settings = settings;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Options of one run. {@code mediaBase} (or null) replaces the WordPress uploads address in URLs. */
    public record Options(boolean dryRun, String mediaBase) {
    }

    /** Imports {@code file}; throws {@link WxrFormatException} (nothing written) if it is not a readable export. */
    public ImportReport importFile(Path file, Options options) {
        return importFile(file, options, items -> Progress.onConsole("Importing " + file.getFileName(), items));
    }

    /** As {@link #importFile(Path, Options)}, reporting to the progress made for the item count found by the check. */
    public ImportReport importFile(Path file, Options options, java.util.function.LongFunction<Progress> progressFor) {
        long started = System.nanoTime();
        WxrReader reader = new WxrReader();
        WxrScan scan = new WxrScan();
        reader.read(file, scan);
        ImportReport report = new ImportReport(scan.counts(), options.dryRun());
        String version = scan.channel("wxr_version");
        if (version == null) {
            report.warn("the file names no WXR version; read as WXR 1.2");
        } else if (!KNOWN_VERSIONS.contains(version)) {
            report.warn("unknown WXR version '" + version + "'; read as WXR 1.2");
        }
        Progress progress = progressFor.apply(scan.items());
        transaction.executeWithoutResult(tx -> {
            ImportIds ids = new ImportIds(taxonomy, experts, repository, settings, scan.authors(), clock);
            ids.declare(scan.terms());
            WxrMapper mapper = new WxrMapper(scan, ids, new MediaUrls(options.mediaBase()));
            Batch batch = new Batch(mapper, report);
            reader.read(file, new WxrHandler() {
                @Override
                public void item(WxrItem item) {
                    batch.add(item);
                    progress.step(1);
                }
            });
            batch.flush();
            if (options.dryRun()) {
                tx.setRollbackOnly();
            }
        });
        progress.finish();
        report.elapsed(java.time.Duration.ofNanos(System.nanoTime() - started));
        return report;
    }

    /** Items waiting to be written; written together so look-ups and saves happen per batch, not per item. */
    private final class Batch {

        private final WxrMapper mapper;
        private final ImportReport report;
        private final List<WxrMapper.Mapped> pending = new ArrayList<>();

        Batch(WxrMapper mapper, ImportReport report) {
            this.mapper = mapper;
            this.report = report;
        }

        void add(WxrItem item) {
            if (!item.isPublicationKind()) {
                report.skip(item.type() == null ? "items without a post type" : "items of type " + item.type());
                return;
            }
            if ("trash".equals(item.status())) {
                report.skip("items in the WordPress trash");
                return;
            }
            WxrMapper.Mapped mapped = mapper.map(item);
            mapped.notes().forEach(note -> report.note(item.postId(), note));
            pending.add(mapped);
            if (pending.size() >= settings.batchSize()) {
                flush();
            }
        }

        void flush() {
            if (pending.isEmpty()) {
                return;
            }
            Map<String, String> known = repository.hashes(pending.stream().map(m -> m.input().externalId()).toList());
            List<WxrMapper.Mapped> changed = new ArrayList<>();
            List<String> hashes = new ArrayList<>();
            for (WxrMapper.Mapped m : pending) {
                String hash = hash(m.input().toString());
                if (hash.equals(known.get(m.input().externalId()))) {
                    report.countUnchanged();
                } else {
                    changed.add(m);
                    hashes.add(hash);
                }
            }
            List<Long> saved = publications.saveAll(changed.stream().map(WxrMapper.Mapped::input).toList());
            Map<Long, String> urls = repository.urls(saved);
            Map<String, String> moves = new HashMap<>();
            long now = clock.millis();
            for (int i = 0; i < saved.size(); i++) {
                WxrMapper.Mapped m = changed.get(i);
                repository.remember(m.input().externalId(), saved.get(i), hashes.get(i), now);
                report.created(!known.containsKey(m.input().externalId()));
                if (m.input().status() == Status.PUBLISHED) {
                    String url = urls.get(saved.get(i));
                    m.oldPaths().stream().filter(p -> !shadowsSection(p)).forEach(p -> moves.put(p, url));
                }
            }
            redirects.saveAll(moves);
            report.redirects(moves.size());
            pending.clear();
        }
    }

    /** An old address like {@code /blog/} must not take over a Dossier section listing. */
    private boolean shadowsSection(String path) {
        String trimmed = path.replaceAll("^/+|/+$", "");
        return !trimmed.isEmpty() && !trimmed.contains("/") && !trimmed.contains("?")
                && taxonomy.section(trimmed).isPresent();
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
