package org.dossier.subscriptions;

import org.dossier.testing.OnSqlite;

@OnSqlite
class SubscriptionPagesSqliteTest extends SubscriptionPagesContract {
}
