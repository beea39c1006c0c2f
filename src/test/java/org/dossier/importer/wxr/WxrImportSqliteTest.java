package org.dossier.importer.wxr;

import org.dossier.testing.OnSqlite;

@OnSqlite
class WxrImportSqliteTest extends WxrImportContract {
}
