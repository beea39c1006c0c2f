package org.dossier.mail;

/**
 * What surrounds every mail: who sends it and, for list mail, the personal links in its footer
 * (null for a confirmation mail, which goes to someone not yet on the list).
 *
 * @param siteName       the institute's name
 * @param siteUrl        absolute URL of the home page
 * @param preferencesUrl absolute URL of the reader's preference centre, or null
 * @param unsubscribeUrl absolute URL that unsubscribes after one click, or null
 */
public record MailFrame(String siteName, String siteUrl, String preferencesUrl, String unsubscribeUrl) {

    public boolean listMail() {
        return preferencesUrl != null;
    }
}
