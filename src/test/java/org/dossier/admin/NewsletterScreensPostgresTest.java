package org.dossier.admin;

import org.dossier.testing.OnPostgres;

@OnPostgres
class NewsletterScreensPostgresTest extends NewsletterScreensContract {
}
