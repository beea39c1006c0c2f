package org.dossier.editorial;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dossier.accounts.AuditLog;
import org.dossier.publications.InvalidPublicationException;
import org.dossier.publications.PublicationChanged;
import org.dossier.redirects.RedirectRepository;
import org.dossier.taxonomy.Section;
import org.dossier.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges one section into another the way experts and terms merge: everything moves, the old
 * addresses answer 301 to the new ones, the old section is deleted, the audit log says so. A slug
 * used in both sections stops the merge with the list of clashing slugs and nothing changes: renaming
 * published addresses behind an editor's back (by suffixing) would break links nobody asked to break.
 */
@Service
public class SectionMerge {

    private static final List<String> FEED_FORMATS = List.of("xml", "atom", "json");
    private static final int LISTED_CLASHES = 20;

    private final SectionMergeStore store;
    private final RedirectRepository redirects;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;

    SectionMerge(SectionMergeStore store, RedirectRepository redirects, ApplicationEventPublisher events,
                 AuditLog audit) {
        this.store = store;
        this.redirects = redirects;
        this.events = events;
        this.audit = audit;
    }

    /** Merges section {@code from} into {@code into}; returns the number of publications moved. */
    @Transactional
    public int merge(long from, long into, String actor) {
        if (from == into) {
            throw new InvalidPublicationException("Choose two different sections to merge.");
        }
        Section a = section(from);
        Section b = section(into);
        List<String> clashes = store.clashingSlugs(from, into);
        if (!clashes.isEmpty()) {
            throw new InvalidPublicationException(clashMessage(a, b, clashes));
        }
        List<SectionMergeStore.Moved> moved = store.publications(from);
        store.move(from, into);
        Map<String, String> addresses = addresses(a, b, moved);
        // an old redirect from an address that is now a live publication would hide it
        redirects.deleteAll(addresses.values().stream().filter(to -> !to.endsWith("/")).toList());
        redirects.saveAll(addresses);
        // earlier redirects into the old section (imports, slug changes) now go straight to the new place
        redirects.retarget("/" + a.slug() + "/", "/" + b.slug() + "/");
        events.publishEvent(new PublicationChanged(moved.stream().map(SectionMergeStore.Moved::id).toList()));
        audit.record(actor, "section.merge", a.name() + " -> " + b.name(),
                moved.size() + " publications; /" + a.slug() + "/ -> /" + b.slug() + "/");
        return moved.size();
    }

    private Section section(long id) {
        return store.section(id).orElseThrow(() -> new NotFoundException("section " + id));
    }

    /** Old address → new address for the listing (with and without its slash), its feeds and each publication. */
    static Map<String, String> addresses(Section a, Section b, List<SectionMergeStore.Moved> moved) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("/" + a.slug() + "/", "/" + b.slug() + "/");
        map.put("/" + a.slug(), "/" + b.slug() + "/");
        for (String format : FEED_FORMATS) {
            map.put("/" + a.slug() + "/feed." + format, "/" + b.slug() + "/feed." + format);
        }
        for (SectionMergeStore.Moved p : moved) {
            map.put("/" + a.slug() + "/" + p.slug(), "/" + b.slug() + "/" + p.slug());
            if (p.event()) {
                map.put("/" + a.slug() + "/" + p.slug() + ".ics", "/" + b.slug() + "/" + p.slug() + ".ics");
            }
        }
        return map;
    }

    private static String clashMessage(Section a, Section b, List<String> clashes) {
        String listed = String.join(", ", clashes.subList(0, Math.min(LISTED_CLASHES, clashes.size())));
        String more = clashes.size() > LISTED_CLASHES ? " and " + (clashes.size() - LISTED_CLASHES) + " more" : "";
        return "Nothing was merged: " + clashes.size() + (clashes.size() == 1 ? " publication address" : " publication addresses")
                + " exist in both \"" + a.name() + "\" and \"" + b.name() + "\" (" + listed + more
                + "). Change those slugs in one section first, then merge again.";
    }
}
