package org.opengazette.validate;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.opengazette.config.Authority;
import org.opengazette.config.Kind;
import org.opengazette.config.Topic;
import org.opengazette.diagnostic.Diagnostics;
import org.opengazette.diagnostic.Problem;
import org.opengazette.diagnostic.SourcePosition;
import org.opengazette.diagnostic.Suggestion;
import org.opengazette.model.Document;
import org.opengazette.model.Version;

/** Kinds, issuers and topics must be names from site-config; the closest known name is offered. */
final class TaxonomyCheck implements Check {
    @Override
    public void check(ValidationContext context) {
        Set<String> kinds = context.config().kinds().stream().map(Kind::key).collect(Collectors.toSet());
        Set<String> authorities = context.config().authorities().stream().map(Authority::name).collect(Collectors.toSet());
        Set<String> topics = context.config().topics().stream().map(Topic::name).collect(Collectors.toSet());
        Diagnostics diagnostics = context.diagnostics();
        for (Document document : context.library().documents()) {
            for (Version version : document.versions()) {
                if (version.kind() != null && !kinds.contains(version.kind())) {
                    diagnostics.report(Problem.UNKNOWN_KIND, version.positionOf("kind"), version.kind(),
                            suggestion(diagnostics, version.kind(), kinds));
                }
                checkEach(diagnostics, version, "issuer", version.issuers(), authorities, Problem.UNKNOWN_AUTHORITY);
                checkEach(diagnostics, version, "topics", version.topics(), topics, Problem.UNKNOWN_TOPIC);
            }
        }
    }

    private static void checkEach(Diagnostics diagnostics, Version version, String key, List<String> names,
                                  Set<String> known, Problem problem) {
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (!known.contains(name)) {
                SourcePosition at = version.positions().getOrDefault(key + "[" + i + "]", version.positionOf(key));
                diagnostics.report(problem, at, name, suggestion(diagnostics, name, known));
            }
        }
    }

    /** "did you mean X" when a close name exists, else a hint to use or add a name of site-config. */
    static String suggestion(Diagnostics diagnostics, String input, Set<String> known) {
        return suggestion(diagnostics, input, known, "suggest.add-to-config");
    }

    /** "did you mean X" when a close name exists, else the text {@code otherwise} of the messages. */
    static String suggestion(Diagnostics diagnostics, String input, Set<String> known, String otherwise) {
        return Suggestion.closest(input, known)
                .map(s -> diagnostics.messages().text("suggest.did-you-mean", s))
                .orElse(diagnostics.messages().text(otherwise));
    }
}
