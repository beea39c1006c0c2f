package org.dossier.publications;

import org.dossier.testing.OnSqlite;

@OnSqlite
class PublicPagesSqliteTest extends PublicPagesContract {
}
