package org.dossier.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Who may do what. The back office signs in with a form at {@code /admin/login} against the
 * accounts feature's {@link AuthenticationProvider}; sessions live in the database (Spring Session
 * JDBC, cookie {@code SESSION}, which the page cache treats as "not anonymous").
 *
 * <p>Routes by role: admins everything; editors all content and the team screens; authors and
 * contributors the dashboard, their own publications, media and their account. Finer rules (an
 * author edits only their own drafts, only editors publish) are checked by the editorial service.
 *
 * <p>Public forms that act on no account (the mailing-list sign-up) and the read-only JSON API take
 * no CSRF token: there is no session for a forged request to ride on, and it keeps public pages
 * identical for every reader, which the page cache relies on.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication // command-line tasks run without a web server and have no HttpSecurity
class SecurityConfig {

    static final String[] PUBLIC_ADMIN = {"/admin/login", "/admin/password-reset", "/admin/password-reset/**",
        "/admin/preview/**"};
    static final String[] ADMIN_ONLY = {"/admin/users", "/admin/users/**", "/admin/audit", "/admin/audit/**"};
    static final String[] EDITORS = {"/admin/redirects", "/admin/redirects/**", "/admin/experts", "/admin/experts/**",
        "/admin/taxonomy", "/admin/taxonomy/**", "/admin/api/**", "/admin/mail", "/admin/mail/**",
        "/admin/subscribers/**", "/admin/newsletters/**", "/admin/search/**", "/admin/jobs/**"};

    @Bean
    SecurityFilterChain siteSecurity(HttpSecurity http, List<CsrfExemptions> exemptions,
                                     AuthenticationProvider accounts,
                                     AuthenticationDetailsSource<HttpServletRequest, ?> signInDetails) throws Exception {
        String[] noCsrf = exemptions.stream().flatMap(e -> e.paths().stream()).toArray(String[]::new);
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC_ADMIN).permitAll()
                        .requestMatchers(ADMIN_ONLY).hasRole("ADMIN")
                        .requestMatchers(EDITORS).hasAnyRole("ADMIN", "EDITOR")
                        .requestMatchers("/admin", "/admin/**").hasAnyRole("ADMIN", "EDITOR", "AUTHOR", "CONTRIBUTOR")
                        .anyRequest().permitAll())
                // our own manager with no parent: the global one Spring builds from the same provider
                // bean would run it a second time after a failure, counting every failure twice
                .authenticationManager(new ProviderManager(accounts))
                .formLogin(form -> form.loginPage("/admin/login").loginProcessingUrl("/admin/login")
                        .usernameParameter("email").passwordParameter("password")
                        .authenticationDetailsSource(signInDetails)
                        .defaultSuccessUrl("/admin", true).failureUrl("/admin/login?error=1").permitAll())
                .logout(logout -> logout.logoutUrl("/admin/logout").logoutSuccessUrl("/admin/login?signed-out=1")
                        .invalidateHttpSession(true).deleteCookies("SESSION"))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(entryPoint()))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .csrf(csrf -> csrf.ignoringRequestMatchers(noCsrf))
                .headers(SecurityHeaders::standard)
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.requireExplicitSave(true));
        return http.build();
    }

    /** Not signed in: the JSON API answers 401, every other admin address sends the browser to the sign-in form. */
    private static AuthenticationEntryPoint entryPoint() {
        RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/admin/api/**");
        AuthenticationEntryPoint status = new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED);
        AuthenticationEntryPoint form = new LoginUrlAuthenticationEntryPoint("/admin/login");
        return (request, response, e) -> (api.matches(request) ? status : form).commence(request, response, e);
    }

    /** The read-only JSON API takes no CSRF token; features add their own exemptions. */
    @Bean
    CsrfExemptions apiExemptions() {
        return () -> List.of("/api/**");
    }
}
