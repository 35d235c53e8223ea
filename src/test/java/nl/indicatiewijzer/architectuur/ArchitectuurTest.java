package nl.indicatiewijzer.architectuur;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The packages depend one way (README, Architectuur): no cycle among the top-level packages, and no
 * lower layer imports a higher one (the bench's reference endpoint, {@code meting}, sits on top), except that
 * the engine ({@code regels}) names the request types
 * the DRL files import by class ({@code advies.verzoek}, {@code advies.begrippen}; see their package-info).
 */
@AnalyzeClasses(packages = "nl.indicatiewijzer", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectuurTest {
    private static final DescribedPredicate<JavaClass> REGELS = resideInAPackage("nl.indicatiewijzer.regels..");
    private static final DescribedPredicate<JavaClass> DRL_BEGRIPPEN =
            resideInAnyPackage("nl.indicatiewijzer.advies.verzoek..", "nl.indicatiewijzer.advies.begrippen..");

    @ArchTest
    static final ArchRule geenCycli = slices().matching("nl.indicatiewijzer.(*)..").should().beFreeOfCycles()
            .ignoreDependency(REGELS, DRL_BEGRIPPEN);

    @ArchTest
    static final ArchRule lagen = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("meting").definedBy("nl.indicatiewijzer.meting..")
            .layer("beheer").definedBy("nl.indicatiewijzer.beheer..")
            .layer("audit").definedBy("nl.indicatiewijzer.audit..")
            .layer("scenario").definedBy("nl.indicatiewijzer.scenario..")
            .layer("advies").definedBy("nl.indicatiewijzer.advies..")
            .layer("versies").definedBy("nl.indicatiewijzer.versies..")
            .layer("regels").definedBy("nl.indicatiewijzer.regels..")
            .layer("beslistabel").definedBy("nl.indicatiewijzer.beslistabel..")
            .layer("systeem").definedBy("nl.indicatiewijzer.systeem..")
            .whereLayer("meting").mayNotBeAccessedByAnyLayer()
            .whereLayer("beheer").mayNotBeAccessedByAnyLayer()
            .whereLayer("audit").mayOnlyBeAccessedByLayers("beheer")
            .whereLayer("scenario").mayOnlyBeAccessedByLayers("beheer")
            .whereLayer("advies").mayOnlyBeAccessedByLayers("beheer", "meting", "audit", "scenario")
            .whereLayer("versies").mayOnlyBeAccessedByLayers("beheer", "meting", "audit", "scenario", "advies")
            .whereLayer("regels").mayOnlyBeAccessedByLayers("beheer", "meting", "audit", "scenario", "advies", "versies")
            .whereLayer("beslistabel").mayOnlyBeAccessedByLayers("beheer", "meting", "audit", "scenario", "advies", "versies", "regels")
            .whereLayer("systeem").mayOnlyBeAccessedByLayers("beheer", "meting", "audit", "scenario", "advies", "versies", "regels",
                    "beslistabel")
            .ignoreDependency(REGELS, DRL_BEGRIPPEN);
}
