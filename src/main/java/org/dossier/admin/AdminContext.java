package org.dossier.admin;

import org.dossier.accounts.Role;
import org.dossier.accounts.SignedIn;

/**
 * What every admin page needs besides its own data: who is signed in (null on the sign-in pages),
 * the CSRF token for its forms and a flash message from the previous request.
 */
public record AdminContext(SignedIn user, String csrfParameter, String csrfHeader, String csrfToken, String path,
                           String notice) {

    public boolean is(Role... roles) {
        if (user == null) {
            return false;
        }
        for (Role r : roles) {
            if (user.role() == r) {
                return true;
            }
        }
        return false;
    }

    /** Admins and editors: all content and the team screens. */
    public boolean editor() {
        return user != null && user.role().editsAll();
    }

    public boolean admin() {
        return is(Role.ADMIN);
    }

    /** The email for the audit log. */
    public String actor() {
        return user == null ? "anonymous" : user.email();
    }

    /** "current" when the navigation link {@code prefix} is the page being shown. */
    public String current(String prefix) {
        boolean here = prefix.equals("/admin") ? path.equals("/admin") : path.startsWith(prefix);
        return here ? "page" : null;
    }
}
