package org.dossier.backup;

import org.dossier.testing.OnSqlite;

@OnSqlite
class ExportSqliteTest extends ExportContract {
}
