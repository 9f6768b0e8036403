package org.opengazette.render;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.opengazette.diff.ComparedProvision;

/**
 * What the last render made, for the next render of the same project and theme (a preview
 * rebuilding after an edit): each page's HTML with the model it was made from, and each
 * comparison of two bodies. A page whose model (its view and every value the template sees) is
 * equal to the remembered one is not rendered again; the models are records, so equal means
 * equal in every field. Keep a memory only while the theme is unchanged: templates are not part
 * of the key.
 */
public final class RenderMemory {
    private Map<String, RenderedPage> pages = new ConcurrentHashMap<>();
    private Map<String, RenderedPage> nextPages = new ConcurrentHashMap<>();
    private Map<List<String>, List<ComparedProvision>> comparisons = new ConcurrentHashMap<>();
    private Map<List<String>, List<ComparedProvision>> nextComparisons = new ConcurrentHashMap<>();

    /** A page as rendered: the template, the model the template saw, and the HTML. */
    record RenderedPage(String template, Map<String, Object> model, String html) {
    }

    /** The remembered HTML of {@code path} when it was made by the same template from an equal model. */
    String page(String path, String template, Map<String, Object> model) {
        RenderedPage page = pages.get(path);
        String html = page != null && page.template().equals(template) && page.model().equals(model) ? page.html() : null;
        if (html != null) {
            nextPages.put(path, page);
        }
        return html;
    }

    void remember(String path, String template, Map<String, Object> model, String html) {
        nextPages.put(path, new RenderedPage(template, Map.copyOf(model), html));
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
        pages = nextPages;
        nextPages = new ConcurrentHashMap<>();
        comparisons = nextComparisons;
        nextComparisons = new ConcurrentHashMap<>();
    }

    /** Pages remembered from the last render. */
    public int size() {
        return pages.size();
    }
}
