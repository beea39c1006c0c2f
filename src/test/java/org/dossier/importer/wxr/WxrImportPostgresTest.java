package org.dossier.importer.wxr;

import org.dossier.testing.OnPostgres;

@OnPostgres
class WxrImportPostgresTest extends WxrImportContract {
}
