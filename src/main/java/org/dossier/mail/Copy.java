package org.dossier.mail;

/** One claimed row on its way through {@link Delivery}; {@code reused}: its connection had carried a mail before it. */
final class Copy {
    final OutboxRow row;
    boolean retried;
    boolean reused;

    Copy(OutboxRow row) {
        this.row = row;
    }
}
