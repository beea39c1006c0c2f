package org.dossier.api;

import org.dossier.testing.OnSqlite;

@OnSqlite
class PublicApiSqliteTest extends PublicApiContract {
}
