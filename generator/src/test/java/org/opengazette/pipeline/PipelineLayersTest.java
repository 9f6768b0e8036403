package org.opengazette.pipeline;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The generator's packages in the order of the pipeline, as an executable rule: no package
 * depends on a later one, and the renderers of one stage (pages, search, PDFs, data) depend on
 * the site model, never on one another. Adapters (the preview server, drafts of new documents, the
 * CLI) come last.
 */
class PipelineLayersTest {
    /** Earlier first; packages on one line are one layer and must not depend on each other. */
    private static final List<List<String>> LAYERS = List.of(
            List.of("diagnostic", "output"),
            List.of("source"),
            List.of("config", "model"),
            List.of("commencement"),
            List.of("load", "validate", "history"),
            List.of("citation", "markdown", "diff", "statistics"),
            List.of("site"),
            List.of("render", "search", "pdf", "data"),
            List.of("pipeline"),
            List.of("serve", "draft"),
            List.of("cli"));

    /**
     * The search stage's packages by role, earlier first; packages on one line must not depend on
     * each other. The stage itself ({@code search}) sequences them.
     */
    private static final List<List<String>> SEARCH_ROLES = List.of(
            List.of("search.analysis"),
            List.of("search.index"),
            List.of("search.export", "search.query"),
            List.of("search"));

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.opengazette");
    }

    @Test
    void noStageDependsOnALaterOne() {
        for (int i = 0; i < LAYERS.size(); i++) {
            List<String> later = new ArrayList<>();
            LAYERS.subList(i + 1, LAYERS.size()).forEach(layer -> layer.forEach(p -> later.add(pkg(p))));
            for (String name : LAYERS.get(i)) {
                noClasses()
                        .that()
                        .resideInAPackage(pkg(name))
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(later.toArray(String[]::new))
                        .allowEmptyShould(true)
                        .because("the pipeline runs " + name + " before " + later)
                        .check(classes);
            }
        }
    }

    @Test
    void packagesOfOneStageAreIndependent() {
        for (List<String> layer : LAYERS) {
            for (String name : layer) {
                String[] siblings = layer.stream()
                        .filter(p -> !p.equals(name))
                        .map(PipelineLayersTest::pkg)
                        .toArray(String[]::new);
                if (siblings.length > 0) {
                    noClasses()
                            .that()
                            .resideInAPackage(pkg(name))
                            .should()
                            .dependOnClassesThat()
                            .resideInAnyPackage(siblings)
                            .allowEmptyShould(true)
                            .because(name + " and " + String.join(", ", layer) + " are one stage")
                            .check(classes);
                }
            }
        }
    }

    @Test
    void searchPackagesDependOnlyOnEarlierRoles() {
        for (int i = 0; i < SEARCH_ROLES.size(); i++) {
            for (String name : SEARCH_ROLES.get(i)) {
                List<String> forbidden = new ArrayList<>();
                SEARCH_ROLES
                        .subList(i, SEARCH_ROLES.size())
                        .forEach(layer -> layer.stream()
                                .filter(p -> !p.equals(name))
                                .forEach(p -> forbidden.add("org.opengazette." + p)));
                noClasses()
                        .that()
                        .resideInAPackage("org.opengazette." + name)
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(forbidden.toArray(String[]::new))
                        .because(name + " comes before " + forbidden)
                        .check(classes);
            }
        }
    }

    private static String pkg(String name) {
        return "org.opengazette." + name + "..";
    }
}
