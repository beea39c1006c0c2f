package org.dossier.subscriptions;

import java.util.List;
import org.dossier.web.CsrfExemptions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SubscriptionsConfig {

    /**
     * Public forms act on no session: sign-up is protected by double opt-in and rate limits, the
     * preference centre by its signed link (a forger would need the token), and RFC 8058 requires
     * one-click unsubscribe POSTs from mail clients that have no token to send.
     */
    @Bean
    CsrfExemptions subscriptionExemptions() {
        return () -> List.of("/subscribe", "/subscribe/**", "/preferences/**");
    }
}
