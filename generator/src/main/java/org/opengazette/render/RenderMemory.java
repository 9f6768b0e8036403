package org.opengazette.render;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.opengazette.diff.ComparedProvision;
import org.opengazette.output.Fingerprint;
import org.opengazette.output.WriteMemory;

/**
 * What the last render made, for the next render of the same project and theme (a preview
 * rebuilding after an edit): each page with the model it was made from ({@link WriteMemory}: a
 * page whose template and model, every value the template sees, are equal is not rendered again),
 * and each comparison of two bodies. Keep a memory only while the theme is unchanged: the
 * templates' text is not part of the key. With a folder for comparisons, a render in another
 * process finds there the comparisons the last one made.
 */
public final class RenderMemory {
    private final WriteMemory pages = new WriteMemory();
    private final ComparisonCache stored;
    private final String generator;
    private Map<List<String>, Comparison> comparisons = new ConcurrentHashMap<>();
    private Map<List<String>, Comparison> nextComparisons = new ConcurrentHashMap<>();
    private SiteView view;

    /** A comparison's rows and the fingerprint of its two bodies (null without a folder). */
    private record Comparison(List<ComparedProvision> rows, String print) {}

    /** A memory that lives in this process only. */
    public RenderMemory() {
        this(null, "");
    }

    /**
     * A memory that also keeps comparisons in {@code comparisons} (none when null), each under the
     * fingerprint of its two bodies and {@code generator}, the identity of the code that compares.
     */
    public RenderMemory(Path comparisons, String generator) {
        this.stored = comparisons == null ? null : new ComparisonCache(comparisons);
        this.generator = generator;
    }

    /** The pages written by the last render, by their template and model. */
    WriteMemory pages() {
        return pages;
    }

    /**
     * {@code current}, or the equal view of the last render: every page model holds the view, and
     * pages remembered from earlier renders keep theirs, so a new but equal view each render
     * would keep one more copy alive per edit.
     */
    public SiteView view(SiteView current) {
        if (!current.equals(view)) {
            view = current;
        }
        return view;
    }

    /**
     * The comparison of two bodies, remembered (from this render: a version page's article history
     * and the comparison page use the same one; or from the last) or computed by {@code compare}.
     */
    List<ComparedProvision> comparison(String olderBody, String newerBody, Supplier<List<ComparedProvision>> compare) {
        List<String> key = List.of(olderBody, newerBody);
        Comparison comparison = nextComparisons.get(key);
        if (comparison == null) {
            comparison = comparisons.get(key);
        }
        if (comparison == null) {
            String print = stored == null
                    ? null
                    : Fingerprint.of(List.of(generator, olderBody, newerBody)).orElseThrow();
            List<ComparedProvision> rows =
                    print == null ? null : stored.read(print).orElse(null);
            if (rows == null) {
                rows = compare.get();
                if (print != null) {
                    stored.write(print, rows);
                }
            }
            comparison = new Comparison(rows, print);
        }
        nextComparisons.put(key, comparison);
        return comparison.rows();
    }

    /**
     * Ends a render: what it used is remembered for the next one, and anything it did not use
     * (a deleted page, an old comparison) is forgotten, so the memory does not grow with edits.
     */
    public void endRender() {
        pages.endBuild();
        if (stored != null && !nextComparisons.keySet().equals(comparisons.keySet())) {
            stored.deleteAllBut(
                    nextComparisons.values().stream().map(Comparison::print).collect(Collectors.toSet()));
        }
        comparisons = nextComparisons;
        nextComparisons = new ConcurrentHashMap<>();
    }
}
