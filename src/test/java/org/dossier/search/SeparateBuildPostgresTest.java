package org.dossier.search;

import org.dossier.testing.OnPostgres;

@OnPostgres
class SeparateBuildPostgresTest extends SeparateBuildContract {
}
