package org.dossier.web;

import java.util.List;

/**
 * Paths (Spring path patterns) whose POSTs take no CSRF token because they act on no signed-in
 * session: public forms protected by other means (double opt-in, signed links) and machine
 * endpoints. Each feature contributes its own bean; {@link SecurityConfig} collects them all.
 */
public interface CsrfExemptions {

    List<String> paths();
}
