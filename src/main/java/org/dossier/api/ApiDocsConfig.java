package org.dossier.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.dossier.system.DossierProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The heading of the generated OpenAPI document ({@code /api/v1/openapi.json}, browsable at {@code /api/docs}). */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfig {

    @Bean
    OpenAPI dossierOpenApi(DossierProperties site) {
        return new OpenAPI().info(new Info().title(site.siteName() + " public API").version("v1")
                .description("Published publications, experts and vocabularies. Read-only; paged with 'page' and"
                        + " 'size'; every answer carries an ETag (send it back in If-None-Match for a 304);"
                        + " CORS is open for GET; each client address may make a limited number of requests per"
                        + " minute (429 with Retry-After beyond it).")
                .license(new License().name("Content licence as stated on each publication")));
    }
}
