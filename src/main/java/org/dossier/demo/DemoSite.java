package org.dossier.demo;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.dossier.demo.Catalog.RegionDef;
import org.dossier.demo.Catalog.SectionDef;
import org.dossier.demo.Catalog.TopicDef;
import org.dossier.demo.People.Person;
import org.dossier.experts.ExpertInput;
import org.dossier.experts.ExpertRepository;
import org.dossier.taxonomy.TaxonomyRepository;
import org.dossier.taxonomy.TermKind;
import org.dossier.web.MarkdownRenderer;
import org.dossier.web.Slugs;

/** Creates the institute's sections, vocabularies and experts, and remembers their ids for the publications. */
final class DemoSite {

    final Map<String, Long> sections = new HashMap<>();
    final Map<String, Long> types = new HashMap<>();
    final Map<String, Long> topics = new HashMap<>();
    final Map<String, Long> regions = new HashMap<>();
    final List<Long> tags = new ArrayList<>();
    final Map<String, Long> tagsBySlug = new HashMap<>();
    final List<Person> people;
    final Map<String, Long> expertIds = new HashMap<>();

    private DemoSite(List<Person> people) {
        this.people = people;
    }

    static DemoSite create(TaxonomyRepository taxonomy, ExpertRepository experts, MarkdownRenderer markdown,
                           Media media, Random random, Clock clock) {
        DemoSite site = new DemoSite(People.all(random));
        int position = 1;
        for (SectionDef s : Catalog.SECTIONS) {
            site.sections.put(s.slug(), taxonomy.saveSection(s.slug(), s.name(), s.description(), position++).id());
            site.types.put(s.slug(), taxonomy.type(s.type()).orElseThrow().id());
        }
        for (TopicDef t : Catalog.TOPICS) {
            site.topics.put(t.slug(), taxonomy.saveTerm(TermKind.TOPIC, t.slug(), t.name(), t.description()).id());
        }
        for (RegionDef r : Catalog.REGIONS) {
            site.regions.put(r.slug(), taxonomy.saveTerm(TermKind.REGION, r.slug(), r.name(), r.description()).id());
        }
        for (String tag : Catalog.TAGS) {
            long id = taxonomy.saveTerm(TermKind.TAG, Slugs.of(tag), tag, "").id();
            site.tags.add(id);
            site.tagsBySlug.put(Slugs.of(tag), id);
        }
        for (Person p : site.people) {
            media.write("experts/" + p.slug() + ".svg",
                    Svg.avatar(random, p.initials()).getBytes(StandardCharsets.UTF_8));
            long id = experts.save(new ExpertInput(p.slug(), p.name(), p.title(), p.affiliation(), p.bioMd(),
                    p.photoUrl(), "Portrait placeholder for " + p.name()), markdown.render(p.bioMd()), clock.millis());
            experts.setExpertise(id, p.topics().stream().map(t -> site.topics.get(t.slug())).toList());
            site.expertIds.put(p.slug(), id);
        }
        return site;
    }

    long expert(Person p) {
        return expertIds.get(p.slug());
    }

    /** Up to {@code count} people who work on {@code topic}, topped up with others; never the same twice. */
    List<Person> authorsFor(TopicDef topic, int count, Random random) {
        List<Person> experts = new ArrayList<>(people.stream().filter(p -> p.topics().contains(topic)).toList());
        List<Person> others = new ArrayList<>(people.stream().filter(p -> !p.topics().contains(topic)).toList());
        java.util.Collections.shuffle(experts, random);
        java.util.Collections.shuffle(others, random);
        experts.addAll(others);
        return experts.subList(0, count);
    }

    Person president() {
        return people.get(0);
    }
}
