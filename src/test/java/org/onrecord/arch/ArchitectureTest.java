package org.onrecord.arch;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The layers of ARCHITECTURE.md, held by the build. */
@AnalyzeClasses(packages = "org.onrecord", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    @ArchTest
    static final ArchRule modelDependsOnNothingOfOurs = noClasses().that().resideInAPackage("org.onrecord.model..")
            .should().dependOnClassesThat().resideOutsideOfPackages("org.onrecord.model..", "java..")
            .because("the model is plain records that every layer shares");

    @ArchTest
    static final ArchRule coreLayersAreFreeOfJavaFx = noClasses().that().resideInAnyPackage(
                    "org.onrecord.model..", "org.onrecord.ingest..", "org.onrecord.dates..", "org.onrecord.suggest..",
                    "org.onrecord.analysis..", "org.onrecord.store..", "org.onrecord.report..", "org.onrecord.cli..",
                    "org.onrecord.service..", "org.onrecord.progress..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..")
            .because("importers, extractors, storage and services must run and be tested without a toolkit");

    @ArchTest
    static final ArchRule ingestKnowsNoStorage = noClasses().that().resideInAnyPackage("org.onrecord.ingest..", "org.onrecord.dates..")
            .should().dependOnClassesThat().resideInAnyPackage("org.onrecord.store..", "java.sql..")
            .because("importers are pure functions from bytes to articles");

    @ArchTest
    static final ArchRule onlyTheSqliteStoreTalksSql = noClasses().that().resideOutsideOfPackages("org.onrecord.store.sqlite..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..", "org.flywaydb..")
            .because("storage sits behind the repository interfaces");

    @ArchTest
    static final ArchRule viewsNeverTouchStorage = noClasses().that().resideInAPackage("org.onrecord.ui..")
            .should().dependOnClassesThat().resideInAnyPackage("org.onrecord.store..")
            .because("the window reaches a case only through the open case and the services (OpenCase), so every "
                    + "edit goes through its undo history and the command line runs the same code");

    @ArchTest
    static final ArchRule benchmarksUseTheLayersLikeTheWindow = noClasses().that().resideInAPackage("org.onrecord.bench..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..", "org.flywaydb..",
                    "org.onrecord.store.sqlite..")
            .because("benchmarks measure the code researchers run: through the services, never around them");

    @ArchTest
    static final ArchRule nothingBelowTheAppKnowsTheBenchmarks = noClasses().that().resideOutsideOfPackages(
                    "org.onrecord.bench..", "org.onrecord.cli..", "org.onrecord")
            .should().dependOnClassesThat().resideInAnyPackage("org.onrecord.bench..")
            .because("benchmarks are a tool on top of the application, started from the command line");

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("org.onrecord.(**)").should().beFreeOfCycles()
            .because("a cycle between packages makes both one unit: neither can be understood, tested or changed alone");

    @ArchTest
    static final ArchRule servicesDoNotKnowTheUi = noClasses().that().resideInAnyPackage("org.onrecord.service..", "org.onrecord.cli..",
                    "org.onrecord.report..", "org.onrecord.progress..")
            .should().dependOnClassesThat().resideInAnyPackage("org.onrecord.ui..")
            .because("the command line and the window call the same services");
}
