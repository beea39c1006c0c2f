package org.dossier.subscriptions;

import org.dossier.testing.OnSqlite;

@OnSqlite
class ListAdministrationSqliteTest extends ListAdministrationContract {
}
