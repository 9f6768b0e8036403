package org.opengazette.validate;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.opengazette.diagnostic.Problem;
import org.opengazette.diagnostic.Suggestion;
import org.opengazette.model.Document;
import org.opengazette.model.GazetteIssue;
import org.opengazette.model.GazettePlacement;
import org.opengazette.model.Version;

/**
 * {@code gazette:} must name an issue of {@code content/gazette/}; the section should be one
 * of the issue's sections; two documents should not share a place in the same section.
 */
final class GazetteCheck implements Check {
    @Override
    public void check(ValidationContext context) {
        Set<String> issueIds =
                context.library().issues().stream().map(GazetteIssue::id).collect(Collectors.toSet());
        Map<String, Version> places = new HashMap<>();
        for (Document document : context.library().documents()) {
            for (Version version : document.versions()) {
                GazettePlacement placement = version.gazette();
                if (placement == null) {
                    continue;
                }
                GazetteIssue issue =
                        context.library().issue(placement.issueId()).orElse(null);
                if (issue == null) {
                    String hint = TaxonomyCheck.hint(
                            context.diagnostics(), Suggestion.closest(placement.issueId(), issueIds), "suggest.issue");
                    context.diagnostics()
                            .report(
                                    Problem.UNKNOWN_GAZETTE_ISSUE,
                                    version.positionOf("gazette"),
                                    placement.issueId(),
                                    hint);
                    continue;
                }
                if (placement.section() != null && !issue.sections().contains(placement.section())) {
                    context.diagnostics()
                            .report(
                                    Problem.UNKNOWN_SECTION,
                                    version.positionOf("gazette_section"),
                                    placement.section(),
                                    issue.id(),
                                    String.join("、", issue.sections()));
                }
                if (placement.order() != null) {
                    String place = issue.id() + "/" + placement.section() + "/" + placement.order();
                    Version other = places.putIfAbsent(place, version);
                    if (other != null) {
                        context.diagnostics()
                                .report(
                                        Problem.DUPLICATE_ISSUE_ORDER,
                                        version.positionOf("gazette_order"),
                                        String.valueOf(placement.order()),
                                        issue.id(),
                                        other.sourcePath());
                    }
                }
            }
        }
    }
}
