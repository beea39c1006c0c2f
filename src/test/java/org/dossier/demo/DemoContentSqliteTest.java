package org.dossier.demo;

import org.dossier.testing.OnSqlite;
import org.springframework.test.context.TestPropertySource;

@OnSqlite
@TestPropertySource(properties = "dossier.demo=true")
class DemoContentSqliteTest extends DemoContentContract {
}
