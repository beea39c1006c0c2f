package org.dossier.newsletter;

import org.dossier.testing.OnSqlite;

@OnSqlite
class NewsletterSqliteTest extends NewsletterContract {
}
