package org.dossier.web;

import java.time.Duration;
import org.dossier.system.DossierProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.CacheControl;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Static assets, uploaded media and the page cache. */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    /**
     * First in the chain: before request observation (highest precedence + 1), the session filter,
     * the redirect filter and Spring Security, see {@link PageCache}. Redirect changes empty the
     * cache, and only 200/404/410 pages are kept, so a new redirect is never hidden by a cached page.
     */
    private static final int PAGE_CACHE_ORDER = Ordered.HIGHEST_PRECEDENCE;

    private final DossierProperties properties;

    WebConfig(DossierProperties properties) {
        this.properties = properties;
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**").addResourceLocations("classpath:/static/assets/")
                .setCacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic());
        registry.addResourceHandler("/media/**")
                .addResourceLocations(properties.mediaDir().toAbsolutePath().normalize().toUri().toString() + "/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic());
    }

    @Bean
    PageCache pageCache(ObjectProvider<MeterRegistry> registry) {
        return new PageCache(64L * 1024 * 1024, registry.getIfAvailable(SimpleMeterRegistry::new));
    }

    @Bean
    FilterRegistrationBean<PageCache> pageCacheRegistration(PageCache cache) {
        FilterRegistrationBean<PageCache> registration = new FilterRegistrationBean<>(cache);
        registration.setOrder(PAGE_CACHE_ORDER);
        registration.setEnabled(properties.pageCache());
        return registration;
    }
}
