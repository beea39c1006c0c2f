package org.dossier.importer;

import org.dossier.testing.OnSqlite;

@OnSqlite
class JsonlImportSqliteTest extends JsonlImportContract {
}
