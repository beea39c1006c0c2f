package org.dossier.citations;

import org.dossier.testing.OnPostgres;

@OnPostgres
class CitationsPostgresTest extends CitationsContract {
}
