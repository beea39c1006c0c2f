package org.dossier.testing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.dossier.experts.ExpertInput;
import org.dossier.experts.ExpertRepository;
import org.dossier.publications.FeaturedImage;
import org.dossier.publications.PublicationInput;
import org.dossier.publications.PublicationService;
import org.dossier.publications.Status;
import org.dossier.taxonomy.Section;
import org.dossier.taxonomy.TaxonomyRepository;
import org.dossier.taxonomy.Term;
import org.dossier.taxonomy.TermKind;
import org.dossier.web.MarkdownRenderer;
import org.springframework.stereotype.Component;

/**
 * Builds test content through the application's own services (no SQL of its own), with unique
 * slugs so tests sharing one Spring context never collide.
 */
@Component
public class Fixtures {

    private final TaxonomyRepository taxonomy;
    private final ExpertRepository experts;
    private final PublicationService publications;
    private final MarkdownRenderer markdown;

    Fixtures(TaxonomyRepository taxonomy, ExpertRepository experts, PublicationService publications,
             MarkdownRenderer markdown) {
        this.taxonomy = taxonomy;
        this.experts = experts;
        this.publications = publications;
        this.markdown = markdown;
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public Section section(String name) {
        String slug = unique("s");
        return taxonomy.saveSection(slug, name, "About " + name, 1);
    }

    public long typeId(String slug) {
        return taxonomy.type(slug).orElseThrow().id();
    }

    public long expert(String name) {
        String bio = name + " studies North Korean economics.";
        return experts.save(new ExpertInput(unique("e"), name, "Senior Fellow", "Test Institute", bio, null, ""),
                markdown.render(bio), System.currentTimeMillis());
    }

    public Term topic(String name) {
        return taxonomy.saveTerm(TermKind.TOPIC, unique("t"), name, "");
    }

    /** A builder-like start: a published blog post in {@code section} with the given title. */
    public PublicationInput post(Section section, String title, Status status, Instant publishedAt, long... authors) {
        return new PublicationInput(null, null, section.id(), typeId("blog-post"), null, title, null, null,
                "Body of **" + title + "**.\n\n> A quotation worth keeping.", status, publishedAt, null,
                java.util.Arrays.stream(authors).boxed().toList(), List.of(), List.of(), List.of(),
                new FeaturedImage("/assets/img/favicon.svg", "A test image", "A caption", "Photo: Tester", "CC BY"),
                null, List.of());
    }

    public long save(PublicationInput input) {
        return publications.save(input);
    }

    public PublicationService service() {
        return publications;
    }
}
