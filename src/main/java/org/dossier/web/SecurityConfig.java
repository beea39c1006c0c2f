package org.dossier.web;

import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may do what. Until the back office exists nobody can sign in (there are no accounts), so
 * {@code /admin/**} is reachable by no one; tests sign in with Spring Security's test support.
 * Public forms that act on no account (the mailing-list sign-up) and the read-only JSON API take no
 * CSRF token: there is no session for a forged request to ride on, and it keeps public pages
 * identical for every reader, which the page cache relies on.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication // command-line tasks run without a web server and have no HttpSecurity
class SecurityConfig {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain siteSecurity(HttpSecurity http, List<CsrfExemptions> exemptions) throws Exception {
        String[] noCsrf = exemptions.stream().flatMap(e -> e.paths().stream()).toArray(String[]::new);
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/admin/**").hasAnyRole("ADMIN", "EDITOR")
                        .anyRequest().permitAll())
                .csrf(csrf -> csrf.ignoringRequestMatchers(noCsrf))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.deny()))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.requireExplicitSave(true));
        return http.build();
    }

    /** The read-only JSON API takes no CSRF token; features add their own exemptions. */
    @Bean
    CsrfExemptions apiExemptions() {
        return () -> List.of("/api/**");
    }

    /** No accounts yet: keeps Spring Boot from inventing a default user with a generated password. */
    @Bean
    UserDetailsService noAccounts() {
        return username -> {
            throw new UsernameNotFoundException("No accounts exist yet");
        };
    }
}
