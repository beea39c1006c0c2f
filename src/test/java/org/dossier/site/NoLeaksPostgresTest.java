package org.dossier.site;

import org.dossier.testing.OnPostgres;

@OnPostgres
class NoLeaksPostgresTest extends NoLeaksContract {
}
