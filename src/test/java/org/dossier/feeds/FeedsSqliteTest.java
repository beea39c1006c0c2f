package org.dossier.feeds;

import org.dossier.testing.OnSqlite;

@OnSqlite
class FeedsSqliteTest extends FeedsContract {
}
