package org.vtp.sfu;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The SFU's place in ARCHITECTURE.md, as executable rules. */
class ArchitectureTest {

    private static JavaClasses sfu;

    @BeforeAll
    static void importSfu() {
        sfu = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.vtp.sfu");
    }

    @Test
    void theMediaPlaneKnowsNothingOfTheControlPlane() {
        noClasses().that().resideInAPackage("org.vtp.sfu..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.vtp.server..", "org.vtp.app..", "org.vtp.client..",
                        "com.corundumstudio..", "io.jsonwebtoken..", "org.h2..",
                        "com.fasterxml.jackson..", "io.netty..", "javafx..")
                .check(sfu);
    }

    @Test
    void thePublicApiDependsOnNothingInside() {
        noClasses().that().resideInAPackage("org.vtp.sfu.api..")
                .should().dependOnClassesThat().resideInAnyPackage("org.vtp.sfu", "org.vtp.sfu.(*)..")
                .andShould().dependOnClassesThat().resideOutsideOfPackages("org.vtp.sfu.api..", "java..")
                .allowEmptyShould(true)
                .check(sfu);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.vtp.sfu.(*)..").should().beFreeOfCycles().check(sfu);
    }
}
