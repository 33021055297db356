package org.vtp.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The package rules of server-lite (package-info files say the same in prose). */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.vtp.server");

    @Test
    void roomsKnowNoTransportOrWebLibrary() {
        noClasses().that().resideInAPackage("org.vtp.server.room..")
                .should().dependOnClassesThat().resideInAnyPackage("com.corundumstudio..", "io.netty..",
                        "com.fasterxml.jackson..", "org.vtp.server.signalling..", "org.vtp.server.http..")
                .check(MAIN);
    }

    @Test
    void signallingAndHttpDoNotKnowEachOther() {
        noClasses().that().resideInAPackage("org.vtp.server.signalling..")
                .should().dependOnClassesThat().resideInAPackage("org.vtp.server.http..").check(MAIN);
        noClasses().that().resideInAPackage("org.vtp.server.http..")
                .should().dependOnClassesThat().resideInAPackage("org.vtp.server.signalling..").check(MAIN);
    }

    @Test
    void onlyTheCommandTouchesTheSfuBeyondItsApi() {
        noClasses().that().doNotHaveFullyQualifiedName(VtpServerMain.class.getName())
                .should().dependOnClassesThat().resideInAPackage("org.vtp.sfu")
                .check(MAIN);
        noClasses().should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("org.vtp.sfu..")
                        .and(DescribedPredicate.not(JavaClass.Predicates.resideInAnyPackage("org.vtp.sfu",
                                "org.vtp.sfu.api"))))
                .check(MAIN);
    }

    @Test
    void accountsStoreAndTokensKnowNoTransport() {
        noClasses().that().resideInAnyPackage("org.vtp.server.account..", "org.vtp.server.auth..",
                        "org.vtp.server.classroom..", "org.vtp.server.store..", "org.vtp.server.throttle..")
                .should().dependOnClassesThat().resideInAnyPackage("com.corundumstudio..", "io.netty..",
                        "org.vtp.server.http..", "org.vtp.server.signalling..", "org.vtp.server.room..")
                .check(MAIN);
    }

    @Test
    void onlyTheTokenServiceKnowsJwtAndOnlyTheStoreKnowsFlyway() {
        noClasses().that().doNotHaveFullyQualifiedName("org.vtp.server.auth.TokenService")
                .should().dependOnClassesThat().resideInAPackage("io.jsonwebtoken..").check(MAIN);
        noClasses().that().resideOutsideOfPackage("org.vtp.server.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.flywaydb..", "org.h2..").check(MAIN);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.vtp.server.(*)..").should().beFreeOfCycles().check(MAIN);
    }
}
