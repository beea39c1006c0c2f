package org.dossier.search;

import org.dossier.testing.OnPostgres;

@OnPostgres
class SearchPostgresTest extends SearchContract {
}
