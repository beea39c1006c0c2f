package org.dossier.admin;

import org.dossier.testing.OnPostgres;

@OnPostgres
class RebuildJobPostgresTest extends RebuildJobContract {
}
