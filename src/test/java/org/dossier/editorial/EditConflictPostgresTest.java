package org.dossier.editorial;

import org.dossier.testing.OnPostgres;

@OnPostgres
class EditConflictPostgresTest extends EditConflictContract {
}
