package org.dossier.demo;

import org.dossier.testing.OnPostgres;
import org.springframework.test.context.TestPropertySource;

@OnPostgres
@TestPropertySource(properties = "dossier.demo=true")
class DemoContentPostgresTest extends DemoContentContract {
}
