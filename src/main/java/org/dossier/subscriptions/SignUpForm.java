package org.dossier.subscriptions;

import java.util.List;

/**
 * What the sign-up box or the "Stay informed" page posted. {@code website} is the honeypot: hidden
 * from people, filled in by bots.
 */
public record SignUpForm(String email, String name, String organisation, List<String> topics, String frequency,
                         String website) {

    public SignUpForm {
        topics = topics == null ? List.of() : List.copyOf(topics);
    }
}
