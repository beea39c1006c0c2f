package org.dossier.api;

import org.dossier.testing.OnPostgres;

@OnPostgres
class PublicApiPostgresTest extends PublicApiContract {
}
