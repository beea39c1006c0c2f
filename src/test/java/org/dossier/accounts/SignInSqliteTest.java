package org.dossier.accounts;

import org.dossier.testing.OnSqlite;

@OnSqlite
class SignInSqliteTest extends SignInContract {
}
