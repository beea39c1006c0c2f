package org.dossier.newsletter;

import org.dossier.testing.OnSqlite;

@OnSqlite
class ScheduledNewsletterSqliteTest extends ScheduledNewsletterContract {
}
