package org.dossier.editorial;

import org.dossier.testing.OnSqlite;

@OnSqlite
class SectionMergeSqliteTest extends SectionMergeContract {
}
