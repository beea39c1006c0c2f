package org.dossier.subscriptions;

import org.dossier.testing.OnPostgres;

@OnPostgres
class ListAdministrationPostgresTest extends ListAdministrationContract {
}
