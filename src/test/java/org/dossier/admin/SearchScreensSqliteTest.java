package org.dossier.admin;

import org.dossier.testing.OnSqlite;

@OnSqlite
class SearchScreensSqliteTest extends SearchScreensContract {
}
