package org.dossier.api;

import org.dossier.testing.OnPostgres;

@OnPostgres
class ApiFiltersPostgresTest extends ApiFiltersContract {
}
