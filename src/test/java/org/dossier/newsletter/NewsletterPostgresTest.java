package org.dossier.newsletter;

import org.dossier.testing.OnPostgres;

@OnPostgres
class NewsletterPostgresTest extends NewsletterContract {
}
