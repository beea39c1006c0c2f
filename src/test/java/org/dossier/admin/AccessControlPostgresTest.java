package org.dossier.admin;

import org.dossier.testing.OnPostgres;

@OnPostgres
class AccessControlPostgresTest extends AccessControlContract {
}
