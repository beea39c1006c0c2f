package org.dossier.web;

import java.time.Duration;
import org.dossier.system.DossierProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Static assets, uploaded media and the page cache. */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    /** Runs before Spring Security's filter chain (order -100), see {@link PageCache}. */
    private static final int PAGE_CACHE_ORDER = -150;

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
    PageCache pageCache() {
        return new PageCache(64L * 1024 * 1024);
    }

    @Bean
    FilterRegistrationBean<PageCache> pageCacheRegistration(PageCache cache) {
        FilterRegistrationBean<PageCache> registration = new FilterRegistrationBean<>(cache);
        registration.setOrder(PAGE_CACHE_ORDER);
        registration.setEnabled(properties.pageCache());
        return registration;
    }
}
