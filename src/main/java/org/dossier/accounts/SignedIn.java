package org.dossier.accounts;

import java.io.Serializable;

/** The principal of a signed-in session; kept in the session table, so it is small and serializable. */
public record SignedIn(long id, String email, Role role) implements Serializable {
}
