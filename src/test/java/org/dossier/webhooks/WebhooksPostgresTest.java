package org.dossier.webhooks;

import org.dossier.testing.OnPostgres;

@OnPostgres
class WebhooksPostgresTest extends WebhooksContract {
}
