package org.dossier.importer;

import org.dossier.testing.OnPostgres;

@OnPostgres
class JsonlImportPostgresTest extends JsonlImportContract {
}
