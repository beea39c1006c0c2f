package org.dossier.backup;

import org.dossier.testing.OnPostgres;

@OnPostgres
class ExportPostgresTest extends ExportContract {
}
