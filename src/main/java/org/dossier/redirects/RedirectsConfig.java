package org.dossier.redirects;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RedirectsConfig {

    /** After the page cache (first; see WebConfig), before Spring Security (-100). */
    private static final int ORDER = -160;

    @Bean
    RedirectFilter redirectFilter(RedirectRepository repository) {
        return new RedirectFilter(repository);
    }

    @Bean
    FilterRegistrationBean<RedirectFilter> redirectFilterRegistration(RedirectFilter filter) {
        FilterRegistrationBean<RedirectFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(ORDER);
        return registration;
    }
}
