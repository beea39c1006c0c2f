package org.dossier.admin;

import org.dossier.testing.OnSqlite;

@OnSqlite
class AccessControlSqliteTest extends AccessControlContract {
}
