package org.dossier.subscriptions;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Mailing-list settings.
 *
 * @param linkSecret         HMAC key of signed links; empty means generated once and kept in the data directory
 * @param consentVersion     version of the consent wording below; change both together
 * @param consentWording     what a person agrees to when signing up (recorded with each consent)
 * @param confirmationValid  how long a confirmation link works
 * @param mailInterval       at most one sign-up mail per address in this interval
 * @param formsPerIpPerHour  public form posts accepted per IP address per hour
 * @param formsPerAddressPerHour sign-up posts accepted per email address per hour
 * @param unsubscribeMailbox address for mailto unsubscribes; empty means unsubscribe@ the site's host
 * @param bounceToken        bearer token the bounce endpoint requires; empty disables the endpoint
 * @param softBounceLimit    soft bounces after which an address is suppressed
 */
@ConfigurationProperties("dossier.subscriptions")
public record SubscriptionSettings(
        @DefaultValue("") String linkSecret,
        @DefaultValue("2026-1") String consentVersion,
        @DefaultValue("I agree to receive email from the institute about new research and events, as often as I choose."
                + " I can change my preferences or unsubscribe at any time with the link in every mail.")
        String consentWording,
        @DefaultValue("P2D") Duration confirmationValid,
        @DefaultValue("PT1H") Duration mailInterval,
        @DefaultValue("20") int formsPerIpPerHour,
        @DefaultValue("5") int formsPerAddressPerHour,
        @DefaultValue("") String unsubscribeMailbox,
        @DefaultValue("") String bounceToken,
        @DefaultValue("3") int softBounceLimit) {
}
