package org.dossier;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the dependency direction of docs/ARCHITECTURE.md: admin → features → publications → web → system. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.dossier");

    private static final String[] FEATURES_ABOVE_PUBLICATIONS = {"org.dossier.search..", "org.dossier.feeds..",
            "org.dossier.newsletter..", "org.dossier.subscriptions..", "org.dossier.mail..", "org.dossier.importer..",
            "org.dossier.api..", "org.dossier.citations..", "org.dossier.backup..", "org.dossier.webhooks..",
            "org.dossier.demo..",
            "org.dossier.admin.."};

    @Test
    void systemDependsOnNoOtherPartOfDossier() {
        noClasses().that().resideInAPackage("org.dossier.system..")
                .should().dependOnClassesThat().resideInAnyPackage("org.dossier.web..", "org.dossier.publications..",
                        "org.dossier.taxonomy..", "org.dossier.experts..", "org.dossier.redirects..")
                .check(CLASSES);
    }

    @Test
    void webKnowsNoFeature() {
        noClasses().that().resideInAPackage("org.dossier.web..")
                .should().dependOnClassesThat().resideInAnyPackage("org.dossier.publications..",
                        "org.dossier.taxonomy..", "org.dossier.experts..", "org.dossier.redirects..")
                .andShould().dependOnClassesThat().resideInAnyPackage(FEATURES_ABOVE_PUBLICATIONS)
                .check(CLASSES);
    }

    @Test
    void publicationsReactsToNothingAboveIt() {
        noClasses().that().resideInAnyPackage("org.dossier.publications..", "org.dossier.taxonomy..",
                        "org.dossier.experts..")
                .should().dependOnClassesThat().resideInAnyPackage(FEATURES_ABOVE_PUBLICATIONS)
                .check(CLASSES);
    }

    @Test
    void nothingDependsOnTheBackOffice() {
        noClasses().that().resideOutsideOfPackages("org.dossier.admin..")
                .and().doNotHaveFullyQualifiedName("org.dossier.Tasks")
                .should().dependOnClassesThat().resideInAPackage("org.dossier.admin..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }
}
