package org.dossier.webhooks;

import org.dossier.testing.OnSqlite;

@OnSqlite
class WebhooksSqliteTest extends WebhooksContract {
}
