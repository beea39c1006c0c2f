package org.dossier.subscriptions;

import java.time.Instant;

/** A recorded agreement: which wording (version and text), given how, when. */
public record Consent(String version, String wording, String source, Instant givenAt) {
}
