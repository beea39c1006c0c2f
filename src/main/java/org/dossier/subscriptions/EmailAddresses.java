package org.dossier.subscriptions;

import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks and normalises an address typed by a person: trimmed, at most 254 characters, exactly one
 * "@", a dot-atom local part (ASCII, as most servers still require), and a domain of at least two
 * labels that are valid once converted to ASCII, so international domain names ({@code 例え.jp})
 * are accepted and stored in their ASCII form. Control characters (and so header-injection
 * attempts with CR/LF) are refused. Lower-cased: no provider that matters treats case as significant.
 */
final class EmailAddresses {

    static final int MAX_LENGTH = 254;
    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

    private EmailAddresses() {
    }

    /** The normalised address; throws {@link InvalidInputException} saying what is wrong. */
    static String normalise(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInputException("email", "Please enter your email address.");
        }
        String value = raw.strip();
        if (value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new InvalidInputException("email", "The email address contains characters that are not allowed.");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidInputException("email", "The email address is longer than " + MAX_LENGTH + " characters.");
        }
        int at = value.lastIndexOf('@');
        if (at <= 0 || at == value.length() - 1 || value.indexOf('@') != at) {
            throw new InvalidInputException("email", "That does not look like an email address (name@example.org).");
        }
        String local = value.substring(0, at);
        if (local.length() > 64 || !LOCAL.matcher(local).matches()) {
            throw new InvalidInputException("email", "The part before the @ is not a valid mailbox name.");
        }
        String domain = asciiDomain(value.substring(at + 1));
        return (local + "@" + domain).toLowerCase(Locale.ROOT);
    }

    private static String asciiDomain(String domain) {
        String ascii;
        try {
            ascii = IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("email", "The domain after the @ is not valid.");
        }
        String[] labels = ascii.split("\\.", -1);
        if (labels.length < 2 || ascii.length() > 253) {
            throw new InvalidInputException("email", "The domain after the @ needs a dot, as in example.org.");
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                throw new InvalidInputException("email", "The domain after the @ is not valid.");
            }
        }
        return ascii;
    }
}
