package org.dossier.mail;

import org.dossier.testing.OnPostgres;

@OnPostgres
class DeliveryFailuresPostgresTest extends DeliveryFailuresContract {
}
