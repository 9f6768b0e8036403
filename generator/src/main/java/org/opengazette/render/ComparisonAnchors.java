package org.opengazette.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.opengazette.diff.ComparedProvision;
import org.opengazette.diff.Provision;

/**
 * The HTML id of each row of a comparison, the same for its page and for the links to it: an
 * article's label as the text writes it ({@code 第十条}), the newer version's, or the older's when
 * the article was removed ({@code 原第十条} if the newer version has an article of that number);
 * {@code row-N} for a heading or a paragraph, and for a label met twice.
 */
final class ComparisonAnchors {

    private ComparisonAnchors() {}

    /** The ids of {@code rows}, in their order, unique within the page. */
    static List<String> ids(List<ComparedProvision> rows) {
        Set<String> newer = new HashSet<>();
        rows.stream()
                .filter(r -> r.kind() == Provision.Kind.ARTICLE && !r.newLabel().isEmpty())
                .forEach(r -> newer.add(r.newLabel()));
        Set<String> used = new HashSet<>();
        List<String> ids = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            ComparedProvision row = rows.get(i);
            String id = "";
            if (row.kind() == Provision.Kind.ARTICLE) {
                id = row.newLabel().isEmpty()
                        ? (newer.contains(row.oldLabel()) ? "原" : "") + row.oldLabel()
                        : row.newLabel();
            }
            if (id.isEmpty() || !used.add(id)) {
                id = "row-" + (i + 1);
                used.add(id);
            }
            ids.add(id);
        }
        return List.copyOf(ids);
    }
}
