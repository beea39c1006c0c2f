package org.dossier.admin;

import org.dossier.testing.OnSqlite;

@OnSqlite
class NewsletterScreensSqliteTest extends NewsletterScreensContract {
}
