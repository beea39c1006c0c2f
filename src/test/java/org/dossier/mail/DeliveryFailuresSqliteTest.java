package org.dossier.mail;

import org.dossier.testing.OnSqlite;

@OnSqlite
class DeliveryFailuresSqliteTest extends DeliveryFailuresContract {
}
