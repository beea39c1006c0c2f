package org.dossier.search;

import org.dossier.web.SecurityHeaders;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * A lighter security filter chain for the public, read-only search API ({@code /api/search} and its
 * suggestions), the site's busiest address. It grants and writes exactly what the site's chain does for these
 * addresses: anyone may read, the same security headers ({@link SecurityHeaders}), no CSRF token (the site's
 * chain exempts {@code /api/**} too: a GET answers JSON and changes nothing). It leaves out the filters that
 * have nothing to do here: sign-in form and sign-out, the saved-request cache, and the session (an API answer
 * never creates one). The rate limit and error handling are servlet filters and MVC handlers outside Spring
 * Security, so they apply as before. (Profiled on bench/search.sh's queries, Spring Security was a few per cent
 * of a search request's server CPU; this chain runs fewer filters, each wrapped in an observation.)
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SearchApiSecurity {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain searchApi(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/search", "/api/search/suggest")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .headers(SecurityHeaders::standard)
                .csrf(csrf -> csrf.disable())
                .logout(logout -> logout.disable())
                .requestCache(cache -> cache.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.requireExplicitSave(true));
        return http.build();
    }
}
