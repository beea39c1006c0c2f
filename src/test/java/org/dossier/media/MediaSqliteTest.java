package org.dossier.media;

import org.dossier.testing.OnSqlite;

@OnSqlite
class MediaSqliteTest extends MediaContract {
}
