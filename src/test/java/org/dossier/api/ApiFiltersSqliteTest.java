package org.dossier.api;

import org.dossier.testing.OnSqlite;

@OnSqlite
class ApiFiltersSqliteTest extends ApiFiltersContract {
}
