package org.opengazette.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every pair of versions of the corpus's amended documents, compared as the site does: prints
 * how many comparisons there are, what they count, how many provisions are formatting only, and
 * how many removed + added articles are paired as moved, at the threshold and around it. Run
 * alone with {@code mvn -o -q -pl generator test -Dtest=CorpusComparisonFiguresTest}.
 */
class CorpusComparisonFiguresTest {
    private static final Path CORPUS = Path.of(System.getProperty("gazette.corpus", "../../shared/corpus"));

    @Test
    void aRetainedArticleIsNeverRemovedAndAddedAndFormattingIsNeverAChange() throws IOException {
        Assumptions.assumeTrue(
                Files.isDirectory(CORPUS),
                "skipped: the developers' corpus is not at "
                        + CORPUS.toAbsolutePath().normalize() + " (set -Dgazette.corpus=DIR)");
        List<List<List<Provision>>> documents = amendedDocuments();
        double[] thresholds = {0.6, VersionComparison.MOVE_THRESHOLD, 0.7, 0.8, 2};
        long[] moves = new long[thresholds.length];
        long comparisons = 0;
        long[] changes = new long[ComparedProvision.Change.values().length];
        long moved = 0;
        long renumbered = 0;
        long removedWithoutMoves = 0;
        for (List<List<Provision>> versions : documents) {
            for (int i = 0; i < versions.size(); i++) {
                for (int j = i + 1; j < versions.size(); j++) {
                    comparisons++;
                    List<ComparedProvision> rows = VersionComparison.compare(versions.get(i), versions.get(j));
                    for (ComparedProvision row : rows) {
                        changes[row.change().ordinal()]++;
                        moved += row.moved() ? 1 : 0;
                        renumbered += row.renumbered() ? 1 : 0;
                    }
                    assertNoRetainedArticleRemovedAndAdded(rows);
                    long removed = removed(rows);
                    for (int t = 0; t < thresholds.length; t++) {
                        long left = thresholds[t] == VersionComparison.MOVE_THRESHOLD
                                ? removed
                                : removed(VersionComparison.compare(versions.get(i), versions.get(j), thresholds[t]));
                        if (thresholds[t] > 1) {
                            removedWithoutMoves += left;
                        }
                        moves[t] -= left;
                    }
                }
            }
        }
        for (int t = 0; t < thresholds.length; t++) {
            moves[t] += removedWithoutMoves;
        }
        System.out.printf(
                "corpus comparisons: %d documents with several versions, %d comparisons (every pair)%n",
                documents.size(), comparisons);
        for (ComparedProvision.Change change : ComparedProvision.Change.values()) {
            System.out.printf("  %-9s %6d provisions%n", change, changes[change.ordinal()]);
        }
        System.out.printf("  moved out of order: %d; renumbered articles (in both versions): %d%n", moved, renumbered);
        for (int t = 0; t < thresholds.length - 1; t++) {
            System.out.printf(
                    "  removed + added article pairs paired as moved/renumbered at %.2f: %d%s%n",
                    thresholds[t],
                    moves[t],
                    thresholds[t] == VersionComparison.MOVE_THRESHOLD ? " (the threshold)" : "");
        }
        assertEquals(0, moves[thresholds.length - 1]);
        assertTrue(changes[ComparedProvision.Change.FORMATTED.ordinal()] > 0, "the corpus has formatting-only edits");
    }

    /** No removed article has the normalized text of an added one: it would be one retained article. */
    private static void assertNoRetainedArticleRemovedAndAdded(List<ComparedProvision> rows) {
        Set<String> added = new HashSet<>();
        rows.stream()
                .filter(r -> r.change() == ComparedProvision.Change.ADDED && r.kind() == Provision.Kind.ARTICLE)
                .forEach(r -> added.add(body(r)));
        rows.stream()
                .filter(r -> r.change() == ComparedProvision.Change.REMOVED && r.kind() == Provision.Kind.ARTICLE)
                .forEach(r -> assertTrue(!added.contains(body(r)), () -> "removed and added: " + r));
    }

    private static String body(ComparedProvision row) {
        String label = row.oldLabel().isEmpty() ? row.newLabel() : row.oldLabel();
        return NormalizedText.of(row.segments().get(0).text().substring(label.length()));
    }

    private static long removed(List<ComparedProvision> rows) {
        return rows.stream()
                .filter(r -> r.change() == ComparedProvision.Change.REMOVED && r.kind() == Provision.Kind.ARTICLE)
                .count();
    }

    /** The provisions of each version (in file name order: by date) of each folder of versions. */
    private static List<List<List<Provision>>> amendedDocuments() throws IOException {
        List<List<List<Provision>>> documents = new ArrayList<>();
        try (Stream<Path> kinds = Files.list(CORPUS)) {
            for (Path kind : kinds.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> entries = Files.list(kind)) {
                    for (Path folder :
                            entries.filter(Files::isDirectory).sorted().toList()) {
                        documents.add(versions(folder));
                    }
                }
            }
        }
        return documents;
    }

    private static List<List<Provision>> versions(Path folder) throws IOException {
        List<List<Provision>> versions = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                String text = Files.readString(file);
                versions.add(ProvisionSplitter.split(text.substring(text.indexOf("\n---", 4) + 4)));
            }
        }
        return versions;
    }
}
