package org.opengazette.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opengazette.model.Document;
import org.opengazette.model.GazetteIssue;
import org.opengazette.model.Version;

/**
 * The table of contents of every gazette issue, shared by the issue page and the whole-issue
 * PDF: the versions printed in an issue, grouped by section in the issue's order (a section
 * the issue does not list comes after, in order of appearance; a version without a section goes
 * to "other"), each section sorted by {@code gazette_order}, then title. Empty sections are left out.
 */
public final class IssueContents {
    private final Map<String, List<Version>> byIssue = new LinkedHashMap<>();
    private final String otherSection;

    /** Indexes the versions of the library by issue; {@code otherSection} names the section of versions without one. */
    public IssueContents(RenderContext context) {
        this.otherSection = context.text("gazette.other-section");
        for (Document document : context.library().documents()) {
            for (Version version : document.versions()) {
                if (version.gazette() != null) {
                    byIssue.computeIfAbsent(version.gazette().issueId(), k -> new ArrayList<>())
                            .add(version);
                }
            }
        }
    }

    /** One section of an issue: its title and its versions in gazette order. */
    public record Section(String title, List<Version> versions) {}

    /** The sections of an issue, in order; empty when nothing was printed in it. */
    public List<Section> sections(GazetteIssue issue) {
        Map<String, List<Version>> bySection = new LinkedHashMap<>();
        issue.sections().forEach(section -> bySection.put(section, new ArrayList<>()));
        for (Version version : byIssue.getOrDefault(issue.id(), List.of())) {
            String section =
                    version.gazette().section() != null ? version.gazette().section() : otherSection;
            bySection.computeIfAbsent(section, s -> new ArrayList<>()).add(version);
        }
        List<Section> sections = new ArrayList<>();
        bySection.forEach((title, members) -> {
            if (!members.isEmpty()) {
                members.sort(Comparator.comparing(
                                (Version v) -> v.gazette().order(), Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(Version::title));
                sections.add(new Section(title, List.copyOf(members)));
            }
        });
        return sections;
    }
}
