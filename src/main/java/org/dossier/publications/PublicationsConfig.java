package org.dossier.publications;

import org.dossier.web.IndexSize;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PublicationsConfig {

    /** The search feature supplies a {@code @Primary} bean that answers from the live index. */
    @Bean
    IndexSize publishedCount(PublicationRepository repository) {
        return new PublishedCount(repository);
    }
}
