package org.dossier.site;

import org.dossier.testing.OnSqlite;

@OnSqlite
class NoLeaksSqliteTest extends NoLeaksContract {
}
