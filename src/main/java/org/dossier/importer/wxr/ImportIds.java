package org.dossier.importer.wxr;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.dossier.experts.ExpertRepository;
import org.dossier.taxonomy.TaxonomyRepository;
import org.dossier.taxonomy.TermKind;
import org.dossier.web.Slugs;

/**
 * Finds or creates the sections, experts, topics and tags an import refers to, once each per run.
 * Existing names are kept: an editor's corrections survive a re-import.
 */
final class ImportIds implements WxrMapper.Ids {

    private final TaxonomyRepository taxonomy;
    private final ExpertRepository experts;
    private final WxrImportRepository repository;
    private final WxrProperties settings;
    private final Map<String, WxrAuthor> authors;
    private final long now;
    private final Map<String, Long> sections = new HashMap<>();
    private final Map<String, Long> types = new HashMap<>();
    private final Map<String, Long> expertIds = new HashMap<>();
    private final Map<String, Long> topics = new HashMap<>();
    private final Map<String, Long> tags = new HashMap<>();

    ImportIds(TaxonomyRepository taxonomy, ExpertRepository experts, WxrImportRepository repository,
              WxrProperties settings, Map<String, WxrAuthor> authors, Clock clock) {
        this.taxonomy = taxonomy;
        this.experts = experts;
        this.repository = repository;
        this.settings = settings;
        this.authors = authors;
        this.now = clock.millis();
    }

    /** Declares the channel's categories (with their parents) and tags before any item refers to them. */
    void declare(Iterable<WxrTerm> terms) {
        Map<Long, String> parents = new HashMap<>();
        for (WxrTerm t : terms) {
            if (WxrTerm.CATEGORY.equals(t.taxonomy())) {
                long id = topic(t.slug(), t.name());
                if (t.parent() != null && !t.parent().isBlank()) {
                    parents.put(id, t.parent());
                }
            } else if (WxrTerm.TAG.equals(t.taxonomy())) {
                tag(t.slug(), t.name());
            }
        }
        parents.forEach((id, parentSlug) -> {
            Long parent = topics.get(slug(parentSlug, parentSlug));
            if (parent != null && !parent.equals(repository.topicParent(id))) {
                repository.setTopicParent(id, parent);
            }
        });
    }

    @Override
    public long sectionFor(String postType) {
        boolean page = "page".equals(postType);
        String slug = page ? settings.pageSection() : settings.postSection();
        String name = page ? settings.pageSectionName() : settings.postSectionName();
        return sections.computeIfAbsent(slug, s -> taxonomy.section(s)
                .orElseGet(() -> taxonomy.saveSection(s, name, "", 90)).id());
    }

    @Override
    public long typeFor(String postType) {
        String slug = "page".equals(postType) ? settings.pageType() : settings.postType();
        return types.computeIfAbsent(slug, s -> taxonomy.type(s).orElseThrow(() -> new WxrFormatException(
                "publication type '" + s + "' does not exist; check dossier.import.wxr.*-type")).id());
    }

    @Override
    public Long expert(String login) {
        if (login == null || login.isBlank()) {
            return null;
        }
        return expertIds.computeIfAbsent(login, l -> {
            WxrAuthor author = authors.get(l);
            String name = author == null ? l : author.name();
            return experts.findOrCreate(slug(l, name), name, now);
        });
    }

    @Override
    public long topic(String slug, String name) {
        String s = slug(slug, name);
        return topics.computeIfAbsent(s, k -> taxonomy.findOrCreate(TermKind.TOPIC, k, blankTo(name, k)).id());
    }

    @Override
    public long tag(String slug, String name) {
        String s = slug(slug, name);
        return tags.computeIfAbsent(s, k -> taxonomy.findOrCreate(TermKind.TAG, k, blankTo(name, k)).id());
    }

    private static String slug(String slug, String name) {
        String decoded = slug == null ? "" : java.net.URLDecoder.decode(slug.replace("+", "%2B"),
                java.nio.charset.StandardCharsets.UTF_8);
        String s = Slugs.of(decoded);
        if (s.isEmpty()) {
            s = Slugs.of(name);
        }
        return s.isEmpty() ? "term-" + Integer.toHexString((slug + "|" + name).hashCode()) : s;
    }

    private static String blankTo(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
