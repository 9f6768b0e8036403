package org.opengazette.render;

import java.util.List;
import org.opengazette.diff.ComparedProvision;

/**
 * The model of a page comparing two versions of a document.
 *
 * @param title     the document title (of the newer version)
 * @param older     the older version (label: its date)
 * @param newer     the newer version
 * @param rows      the provisions, in the newer version's order
 * @param changed   how many provisions changed
 * @param added     how many were added
 * @param removed   how many were removed
 * @param versions  every version, for choosing another pair (label: date, url: unused)
 * @param pairs     every comparison page of the document (label: "older → newer")
 * @param document  the document's permanent page
 */
public record ComparisonPage(
        String title,
        Link older,
        Link newer,
        List<ComparedProvision> rows,
        long changed,
        long added,
        long removed,
        List<VersionOption> versions,
        List<Link> pairs,
        String document) {

    /** A version in the picker: its key (used in comparison URLs) and date label. */
    public record VersionOption(String key, String label) {}
}
