package org.dossier.demo;

import org.dossier.publications.PublicationRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * On start of the site (never in a command-line task, which runs without a web application), fills
 * an empty database with the demo. "Empty" means no publication at all, so a site that has
 * content, or had the demo once, is never touched.
 */
@Component
@ConditionalOnWebApplication
class DemoLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

    private final DemoProperties properties;
    private final PublicationRepository publications;
    private final DemoGenerator generator;

    DemoLoader(DemoProperties properties, PublicationRepository publications, DemoGenerator generator) {
        this.properties = properties;
        this.publications = publications;
        this.generator = generator;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo()) {
            return;
        }
        if (publications.countAll() > 0) {
            log.info("Demo content: skipped, the database already has publications (dossier.demo=false silences this)");
            return;
        }
        DemoGenerator.Summary s = generator.generate();
        log.info("Demo content created in {} ms: {} publications ({} published, {} in Korean, {} drafts, {} scheduled),"
                        + " {} sections, {} topics, {} regions, {} tags, {} experts, {} media files."
                        + " Turn it off with dossier.demo=false.", s.millis(), s.publications(), s.published(),
                s.korean(), s.drafts(), s.scheduled(), s.sections(), s.topics(), s.regions(), s.tags(), s.experts(),
                s.files());
    }
}
