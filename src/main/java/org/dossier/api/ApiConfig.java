package org.dossier.api;

import java.time.Clock;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.config.annotation.CorsRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** CORS for reading, ETags on every API answer, and the rate limit, all only under {@code /api/}. */
@Configuration(proxyBeanMethods = false)
class ApiConfig implements WebMvcConfigurer {

    private final ApiProperties settings;

    ApiConfig(ApiProperties settings) {
        this.settings = settings;
    }

    @Override
    public void addCorsMappings(CorsRegistry registry) {
        registry.addMapping("/api/v1/**").allowedOrigins(settings.corsOrigins()).allowedMethods("GET", "HEAD")
                .exposedHeaders("ETag", "X-RateLimit-Limit", "X-RateLimit-Remaining", "Retry-After").maxAge(3600);
    }

    /** The ETag is a hash of the JSON; a client sending it back in If-None-Match gets 304 and no body. */
    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> apiEtags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration =
                new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns("/api/v1/*");
        return registration;
    }

    @Bean
    FilterRegistrationBean<RateLimitFilter> apiRateLimit(Clock clock) {
        FilterRegistrationBean<RateLimitFilter> registration =
                new FilterRegistrationBean<>(new RateLimitFilter(settings.requestsPerMinute(), clock));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(-200);
        return registration;
    }
}
