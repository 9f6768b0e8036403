package org.opengazette.render;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.opengazette.diff.ComparedProvision;
import org.opengazette.output.Fingerprint;
import org.opengazette.output.WriteMemory;

/**
 * What the last render made, for the next render of the same project and theme (a preview
 * rebuilding after an edit): each page with the model it was made from ({@link WriteMemory}: a
 * page whose template and model, every value the template sees, are equal is not rendered again),
 * and each comparison of two bodies. Keep a memory only while the theme is unchanged: the
 * templates' text is not part of the key. With a folder for comparisons, a render in another
 * process finds there the comparisons the last one made. A render that will not be followed by
 * another in the same process uses a memory that does not {@code remember}: it keeps no page
 * model, and only the last few comparisons (a document's version page and its comparison page
 * use the same one).
 */
public final class RenderMemory {
    /** How many comparisons a memory that does not remember keeps, the least recently used dropped first. */
    private static final int RECENT_COMPARISONS = 64;

    private final boolean remembers;
    private final WriteMemory pages;
    private final ComparisonCache stored;
    private final String generator;
    private Map<List<String>, Comparison> comparisons = new ConcurrentHashMap<>();
    private Map<List<String>, Comparison> nextComparisons;
    private Set<String> used = ConcurrentHashMap.newKeySet();
    private SiteView view;

    /** A comparison's rows and the fingerprint of its two bodies (null without a folder). */
    private record Comparison(List<ComparedProvision> rows, String print) {}

    /** A memory that lives in this process only. */
    public RenderMemory() {
        this(null, "", true);
    }

    /**
     * A memory that also keeps comparisons in {@code comparisons} (none when null), each under the
     * fingerprint of its two bodies and {@code generator}, the identity of the code that compares;
     * it keeps pages and comparisons in this process for the next render when it {@code remembers}.
     */
    public RenderMemory(Path comparisons, String generator, boolean remembers) {
        this.remembers = remembers;
        this.pages = remembers ? new WriteMemory() : WriteMemory.none();
        this.stored = comparisons == null ? null : new ComparisonCache(comparisons);
        this.generator = generator;
        this.nextComparisons = newComparisons();
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
        if (comparison.print() != null) {
            used.add(comparison.print());
        }
        return comparison.rows();
    }

    /**
     * Ends a render: what it used is remembered for the next one, and anything it did not use
     * (a deleted page, an old comparison) is forgotten, so the memory does not grow with edits.
     */
    public void endRender() {
        pages.endBuild();
        if (stored != null && !(remembers && nextComparisons.keySet().equals(comparisons.keySet()))) {
            stored.deleteAllBut(used);
        }
        comparisons = remembers ? nextComparisons : Map.of();
        nextComparisons = newComparisons();
        used = ConcurrentHashMap.newKeySet();
    }

    private Map<List<String>, Comparison> newComparisons() {
        if (remembers) {
            return new ConcurrentHashMap<>();
        }
        return RecentlyUsed.map(RECENT_COMPARISONS);
    }
}
