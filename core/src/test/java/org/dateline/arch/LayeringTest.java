package org.dateline.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.dateline.nlp.AnnotatedText;
import org.dateline.nlp.Annotator;
import org.dateline.nlp.Dependency;
import org.dateline.nlp.DependencyTree;
import org.dateline.nlp.NerMention;
import org.dateline.nlp.ParseFilter;
import org.dateline.nlp.Sentence;
import org.dateline.nlp.Timex;
import org.dateline.nlp.Token;
import org.dateline.nlp.TokenSpan;

/** The stage boundaries of docs/DESIGN.md, checked on the compiled classes. */
@AnalyzeClasses(packages = "org.dateline", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {
    @ArchTest
    static final ArchRule coreNlpOnlyInNlp = noClasses().that().resideOutsideOfPackage("org.dateline.nlp..")
        .should().dependOnClassesThat().resideInAPackage("edu.stanford..")
        .because("CoreNLP stays behind the nlp stage's own types");

    @ArchTest
    static final ArchRule annotationTypesKnowNoCoreNlp = noClasses().that().belongToAnyOf(AnnotatedText.class,
            Annotator.class, Dependency.class, DependencyTree.class, NerMention.class, ParseFilter.class, Sentence.class,
            Timex.class, Token.class, TokenSpan.class)
        .should().dependOnClassesThat().resideInAPackage("edu.stanford..")
        .because("the analysis stages and their tests read these types without CoreNLP");

    /** Regression: twelve lexicon lookups lower-cased words in the machine's locale. */
    @ArchTest
    static final ArchRule caseFoldsInNoMachineLocale = noClasses().should().callMethod(String.class, "toLowerCase")
        .orShould().callMethod(String.class, "toUpperCase")
        .because("a Turkish locale lower-cases I to a dotless i, so \"IN\" or \"WINTER\" would miss its lexicon entry"
            + " on such a machine: fold with Locale.ROOT");

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
