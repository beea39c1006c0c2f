package org.dossier.accounts;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class AccountsConfig {

    /** The sign-in form's extra fields (the TOTP code) reach {@link SignInProvider} through these details. */
    @Bean
    AuthenticationDetailsSource<HttpServletRequest, SignInDetails> signInDetails() {
        return SignInDetails.source();
    }

    /** Argon2id with Spring Security's current recommended parameters (16 MiB, 2 iterations). */
    @Bean
    PasswordEncoder passwordEncoder() {
        return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    }
}
