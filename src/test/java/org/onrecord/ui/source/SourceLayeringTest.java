package org.onrecord.ui.source;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The split this package promises: pure planning, a view model without controls, a thin view. */
class SourceLayeringTest {
    private final JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.onrecord.ui.source");

    @Test
    void highlightPlanningKnowsNoJavaFx() {
        noClasses().that().haveSimpleNameStartingWith("Highlight").or().haveSimpleName("SearchHighlighter")
                .or().haveSimpleName("ArticleAnnotations").or().haveSimpleName("TextRange").or().haveSimpleName("AnnotationLookup")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..")
                .because("the highlight rules are unit-tested without a toolkit")
                .check(classes);
    }

    @Test
    void theViewModelUsesNoControls() {
        noClasses().that().haveSimpleName("SourceViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..", "org.fxmisc..")
                .because("the view model is tested with plain properties and an immediate task runner")
                .check(classes);
    }
}
