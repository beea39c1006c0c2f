package org.dossier.admin;

/** A team-screen request that cannot be done as asked (4xx): shown in the admin layout with its message. */
final class Refusal extends RuntimeException {

    private final int status;

    Refusal(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }
}
