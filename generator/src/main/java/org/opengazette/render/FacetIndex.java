package org.opengazette.render;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.opengazette.model.Document;
import org.opengazette.site.RenderContext;
import org.opengazette.site.Urls;

/**
 * The documents filed under each value of each {@link Facet}, by the version that applies on the
 * as-of date; built once per site, for the browse pages and for links from document pages.
 */
final class FacetIndex {
    private final Map<Facet, Map<Facet.Value, List<Document>>> groups = new EnumMap<>(Facet.class);
    private final Set<String> firstPages = new HashSet<>();

    FacetIndex(RenderContext context) {
        for (Facet facet : Facet.values()) {
            Map<Facet.Value, List<Document>> byValue = new TreeMap<>(Facet.ORDER);
            for (Document document : context.library().documents()) {
                for (Facet.Value value : facet.valuesOf(context.applying(document), context)) {
                    byValue.computeIfAbsent(value, v -> new ArrayList<>()).add(document);
                    firstPages.add(Urls.facetValue(facet.key(), value.slug(), 1));
                }
            }
            groups.put(facet, byValue);
        }
    }

    /** The values of a facet in listing order, each with its documents in library order. */
    Map<Facet.Value, List<Document>> groups(Facet facet) {
        return groups.get(facet);
    }

    /** True when a browse page exists at this URL (the first page of a facet value). */
    boolean hasPage(String url) {
        return firstPages.contains(url);
    }
}
