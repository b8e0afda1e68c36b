package org.dateline.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The stage boundaries of docs/DESIGN.md, checked on the compiled classes. */
@AnalyzeClasses(packages = "org.dateline", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {
    @ArchTest
    static final ArchRule coreNlpOnlyInNlp = noClasses().that().resideOutsideOfPackage("org.dateline.nlp..")
        .should().dependOnClassesThat().resideInAPackage("edu.stanford..")
        .because("CoreNLP stays behind the nlp stage's own types");

    @ArchTest
    static final ArchRule analyzeDoesNoIo = noClasses().that().resideInAPackage("org.dateline.analyze..")
        .should().dependOnClassesThat().resideInAnyPackage("java.nio.file..", "java.net..", "org.dateline.ingest..",
            "org.dateline.pipeline..")
        .because("analysis stages are pure functions over annotated text");

    @ArchTest
    static final ArchRule modelDependsOnNoStage = noClasses().that().resideInAPackage("org.dateline.model..")
        .should().dependOnClassesThat().resideInAnyPackage("org.dateline.ingest..", "org.dateline.extract..",
            "org.dateline.nlp..", "org.dateline.analyze..", "org.dateline.pipeline..")
        .because("the contract records are the bottom layer");

    @ArchTest
    static final ArchRule extractKnowsNoLanguage = noClasses().that().resideInAnyPackage("org.dateline.ingest..",
            "org.dateline.extract..")
        .should().dependOnClassesThat().resideInAnyPackage("org.dateline.nlp..", "org.dateline.analyze..")
        .because("ingest and extract work before any language analysis");
}
