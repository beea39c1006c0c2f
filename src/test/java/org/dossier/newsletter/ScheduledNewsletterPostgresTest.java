package org.dossier.newsletter;

import org.dossier.testing.OnPostgres;

@OnPostgres
class ScheduledNewsletterPostgresTest extends ScheduledNewsletterContract {
}
