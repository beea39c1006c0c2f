package org.dossier.subscriptions;

import org.dossier.testing.OnSqlite;

@OnSqlite
class MailingListFlowSqliteTest extends MailingListFlowContract {
}
