package org.dossier.newsletter;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Newsletter and digest settings.
 *
 * @param announceMaxAge only publications published within this age are announced to instant readers,
 *                       so importing an archive of old posts mails nobody
 * @param digestCheck    how often due digests and scheduled newsletters are looked for
 * @param digestBatch    digests prepared per transaction
 * @param maxItems       most publications in one digest or newsletter
 */
@ConfigurationProperties("dossier.newsletter")
public record NewsletterSettings(
        @DefaultValue("P2D") Duration announceMaxAge,
        @DefaultValue("PT5M") Duration digestCheck,
        @DefaultValue("200") int digestBatch,
        @DefaultValue("30") int maxItems) {
}
