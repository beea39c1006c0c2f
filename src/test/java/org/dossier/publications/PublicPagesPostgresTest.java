package org.dossier.publications;

import org.dossier.testing.OnPostgres;

@OnPostgres
class PublicPagesPostgresTest extends PublicPagesContract {
}
