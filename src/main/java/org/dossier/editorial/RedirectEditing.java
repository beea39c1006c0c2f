package org.dossier.editorial;

import org.dossier.accounts.AuditLog;
import org.dossier.publications.InvalidPublicationException;
import org.dossier.redirects.RedirectRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Redirects typed into the back office: both sides must be paths on this site; every change is audited. */
@Service
public class RedirectEditing {

    private final RedirectRepository redirects;
    private final AuditLog audit;

    RedirectEditing(RedirectRepository redirects, AuditLog audit) {
        this.redirects = redirects;
        this.audit = audit;
    }

    /** Adds a redirect typed by an editor; both sides must be site paths. */
    @Transactional
    public void addRedirect(String from, String to, String actor) {
        String f = CatalogService.sitePath(from);
        String t = CatalogService.sitePath(to);
        if (f.equals(t)) {
            throw new InvalidPublicationException("A redirect cannot point to itself.");
        }
        redirects.save(f, t);
        audit.record(actor, "redirect.save", f, t);
    }

    @Transactional
    public void deleteRedirect(String from, String actor) {
        redirects.delete(from);
        audit.record(actor, "redirect.delete", from, "");
    }
}
