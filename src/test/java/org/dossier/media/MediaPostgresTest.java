package org.dossier.media;

import org.dossier.testing.OnPostgres;

@OnPostgres
class MediaPostgresTest extends MediaContract {
}
