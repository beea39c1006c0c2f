package org.dossier.citations;

import org.dossier.testing.OnSqlite;

@OnSqlite
class CitationsSqliteTest extends CitationsContract {
}
