package org.vtp.sfu.rtp;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The media wire-format packages depend on each other in one direction and on nothing else of ours. */
class WireFormatDependenciesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.vtp.sfu.rtp", "org.vtp.sfu.rtcp", "org.vtp.sfu.rewrite",
                    "org.vtp.sfu.keyframe", "org.vtp.sfu.report");

    private static void onlyDependsOn(String pkg, String... allowed) {
        String[] all = new String[allowed.length + 2];
        all[0] = "java..";
        all[1] = pkg;
        System.arraycopy(allowed, 0, all, 2, allowed.length);
        classes().that().resideInAPackage(pkg).should().onlyDependOnClassesThat().resideInAnyPackage(all)
                .check(CLASSES);
    }

    @Test
    void rtpDependsOnNothingOfOurs() {
        onlyDependsOn("org.vtp.sfu.rtp");
    }

    @Test
    void rtcpDependsOnlyOnRtp() {
        onlyDependsOn("org.vtp.sfu.rtcp", "org.vtp.sfu.rtp");
    }

    @Test
    void rewriteDependsOnlyOnRtp() {
        onlyDependsOn("org.vtp.sfu.rewrite", "org.vtp.sfu.rtp");
    }

    @Test
    void keyframeAndReportDependOnlyOnRtcp() {
        onlyDependsOn("org.vtp.sfu.keyframe", "org.vtp.sfu.rtcp");
        onlyDependsOn("org.vtp.sfu.report", "org.vtp.sfu.rtcp");
    }
}
