package org.opengazette.validate;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
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

/**
 * Kinds, issuers and topics must be names from site-config; the closest known name is offered
 * (for issuers, only one of the same region), and a kind's label written instead of its key
 * (规章 for {@code rule}) is answered with the key.
 */
final class TaxonomyCheck implements Check {
    @Override
    public void check(ValidationContext context) {
        Set<String> kinds = context.config().kinds().stream().map(Kind::key).collect(Collectors.toSet());
        Set<String> authorities =
                context.config().authorities().stream().map(Authority::name).collect(Collectors.toSet());
        Set<String> topics = context.config().topics().stream().map(Topic::name).collect(Collectors.toSet());
        Diagnostics diagnostics = context.diagnostics();
        for (Document document : context.library().documents()) {
            for (Version version : document.versions()) {
                if (version.kind() != null && !kinds.contains(version.kind())) {
                    diagnostics.report(
                            Problem.UNKNOWN_KIND,
                            version.positionOf("kind"),
                            version.kind(),
                            kindHint(context, version.kind(), kinds));
                }
                checkEach(
                        diagnostics,
                        version,
                        "issuer",
                        version.issuers(),
                        authorities,
                        Problem.UNKNOWN_AUTHORITY,
                        name -> Suggestion.closestAuthority(name, authorities));
                checkEach(
                        diagnostics,
                        version,
                        "topics",
                        version.topics(),
                        topics,
                        Problem.UNKNOWN_TOPIC,
                        name -> Suggestion.closest(name, topics));
            }
        }
    }

    private static String kindHint(ValidationContext context, String written, Set<String> kinds) {
        return context.config().kinds().stream()
                .filter(kind -> kind.label().equals(written))
                .findFirst()
                .map(kind -> context.diagnostics().messages().text("suggest.kind-key", kind.key(), kind.label()))
                .orElseGet(
                        () -> hint(context.diagnostics(), Suggestion.closest(written, kinds), "suggest.add-to-config"));
    }

    private static void checkEach(
            Diagnostics diagnostics,
            Version version,
            String key,
            List<String> names,
            Set<String> known,
            Problem problem,
            Function<String, Optional<String>> closest) {
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (!known.contains(name)) {
                SourcePosition at = version.positions().getOrDefault(key + "[" + i + "]", version.positionOf(key));
                diagnostics.report(problem, at, name, hint(diagnostics, closest.apply(name), "suggest.add-to-config"));
            }
        }
    }

    /** "did you mean X" when a close value was found, else the text {@code otherwise} of the messages. */
    static String hint(Diagnostics diagnostics, Optional<String> closest, String otherwise) {
        return closest.map(s -> diagnostics.messages().text("suggest.did-you-mean", s))
                .orElse(diagnostics.messages().text(otherwise));
    }
}
