package org.opengazette.render;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.opengazette.diff.ComparedProvision;
import org.opengazette.output.WriteMemory;

/**
 * What the last render made, for the next render of the same project and theme (a preview
 * rebuilding after an edit): each page with the model it was made from ({@link WriteMemory}: a
 * page whose template and model, every value the template sees, are equal is not rendered again),
 * and each comparison of two bodies. Keep a memory only while the theme is unchanged: the
 * templates' text is not part of the key.
 */
public final class RenderMemory {
    private final WriteMemory pages = new WriteMemory();
    private Map<List<String>, List<ComparedProvision>> comparisons = new ConcurrentHashMap<>();
    private Map<List<String>, List<ComparedProvision>> nextComparisons = new ConcurrentHashMap<>();
    private SiteView view;

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

    /** The comparison of two bodies, remembered or computed by {@code compare}. */
    List<ComparedProvision> comparison(String olderBody, String newerBody, Supplier<List<ComparedProvision>> compare) {
        List<String> key = List.of(olderBody, newerBody);
        List<ComparedProvision> rows = comparisons.get(key);
        if (rows == null) {
            rows = compare.get();
        }
        nextComparisons.put(key, rows);
        return rows;
    }

    /**
     * Ends a render: what it used is remembered for the next one, and anything it did not use
     * (a deleted page, an old comparison) is forgotten, so the memory does not grow with edits.
     */
    public void endRender() {
        pages.endBuild();
        comparisons = nextComparisons;
        nextComparisons = new ConcurrentHashMap<>();
    }
}
