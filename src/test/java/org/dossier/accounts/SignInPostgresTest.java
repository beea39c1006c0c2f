package org.dossier.accounts;

import org.dossier.testing.OnPostgres;

@OnPostgres
class SignInPostgresTest extends SignInContract {
}
