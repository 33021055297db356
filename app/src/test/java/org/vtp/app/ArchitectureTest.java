package org.vtp.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The desktop app's place in ARCHITECTURE.md, as executable rules. */
class ArchitectureTest {

    private static JavaClasses app;

    @BeforeAll
    static void importApp() {
        app = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.vtp.client", "org.vtp.app");
    }

    @Test
    void theClientLibraryNeedsNoScreen() {
        noClasses().that().resideInAPackage("org.vtp.client..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.vtp.app..")
                .check(app);
    }

    @Test
    void theAppReachesTheMediaPlaneOnlyThroughItsPublicDoor() {
        noClasses().that().resideInAnyPackage("org.vtp.client..", "org.vtp.app..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("org.vtp.sfu.(*)..")
                        .and(JavaClass.Predicates.resideOutsideOfPackage("org.vtp.sfu.api..")))
                .allowEmptyShould(true)
                .because("only org.vtp.sfu.api and the entry class org.vtp.sfu.Sfu are public")
                .check(app);
    }

    @Test
    void viewModelsDoNotKnowTheirViews() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("View")
                .allowEmptyShould(true)
                .check(app);
    }

    @Test
    void clientPackagesHaveNoCycles() {
        slices().matching("org.vtp.client.(*)..").should().beFreeOfCycles().check(app);
    }
}
