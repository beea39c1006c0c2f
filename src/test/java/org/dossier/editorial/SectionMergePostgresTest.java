package org.dossier.editorial;

import org.dossier.testing.OnPostgres;

@OnPostgres
class SectionMergePostgresTest extends SectionMergeContract {
}
