package org.opengazette.render;

import java.util.ArrayList;
import java.util.List;
import org.opengazette.diff.ComparedProvision;

/**
 * The model of a page comparing two versions of a document.
 *
 * @param title     the document title (of the newer version)
 * @param older     the older version (label: its date)
 * @param newer     the newer version
 * @param rows      the provisions, in the newer version's order
 * @param changed   how many provisions changed in their words (修改; formatting does not count)
 * @param added     how many were added
 * @param removed   how many were removed
 * @param moved     how many retained provisions moved elsewhere in the order
 * @param formatted how many differ only in whitespace or half/full-width punctuation (仅格式调整)
 * @param changes   how many rows are changes (those 只看变化 shows and next/previous goes through)
 * @param first     the id of the first change, empty when there is none
 * @param versions  every version, for choosing another pair (label: date, url: unused)
 * @param pairs     every comparison page of the document (label: "older → newer")
 * @param document  the document's permanent page
 */
public record ComparisonPage(
        String title,
        Link older,
        Link newer,
        List<ComparisonRow> rows,
        long changed,
        long added,
        long removed,
        long moved,
        long formatted,
        long changes,
        String first,
        List<VersionOption> versions,
        List<Link> pairs,
        String document) {

    /** A version in the picker: its key (used in comparison URLs) and date label. */
    public record VersionOption(String key, String label) {}

    /** The rows of {@code compared}, with their ids and the links from each change to the next and previous one. */
    static List<ComparisonRow> rows(List<ComparedProvision> compared) {
        List<String> ids = ComparisonAnchors.ids(compared);
        List<Integer> changes = new ArrayList<>();
        for (int i = 0; i < compared.size(); i++) {
            if (compared.get(i).isChange()) {
                changes.add(i);
            }
        }
        List<ComparisonRow> rows = new ArrayList<>(compared.size());
        int number = 0;
        for (int i = 0; i < compared.size(); i++) {
            ComparedProvision provision = compared.get(i);
            if (!provision.isChange()) {
                rows.add(new ComparisonRow(provision, ids.get(i), 0, "", ""));
                continue;
            }
            String previous = number > 0 ? ids.get(changes.get(number - 1)) : "";
            String next = number + 1 < changes.size() ? ids.get(changes.get(number + 1)) : "";
            rows.add(new ComparisonRow(provision, ids.get(i), ++number, previous, next));
        }
        return List.copyOf(rows);
    }
}
