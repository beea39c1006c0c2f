package org.dossier.subscriptions;

import org.dossier.testing.OnPostgres;

@OnPostgres
class SubscriptionPagesPostgresTest extends SubscriptionPagesContract {
}
