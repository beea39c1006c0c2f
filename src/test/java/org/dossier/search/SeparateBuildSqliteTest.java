package org.dossier.search;

import org.dossier.testing.OnSqlite;

@OnSqlite
class SeparateBuildSqliteTest extends SeparateBuildContract {
}
