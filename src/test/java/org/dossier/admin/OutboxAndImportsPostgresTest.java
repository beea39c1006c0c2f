package org.dossier.admin;

import org.dossier.testing.OnPostgres;

@OnPostgres
class OutboxAndImportsPostgresTest extends OutboxAndImportsContract {
}
