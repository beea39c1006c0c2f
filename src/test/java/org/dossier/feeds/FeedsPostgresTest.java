package org.dossier.feeds;

import org.dossier.testing.OnPostgres;

@OnPostgres
class FeedsPostgresTest extends FeedsContract {
}
