package org.opengazette.history;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.opengazette.diagnostic.Diagnostics;
import org.opengazette.diagnostic.Messages;
import org.opengazette.source.FrontMatter;
import org.opengazette.source.TextDecoder;
import org.opengazette.source.YamlNode;
import org.opengazette.source.YamlReader;

/**
 * The front-matter keys of one version file, as committed, that tell whether a commit repealed
 * a document: {@code repealed}, {@code status}, {@code expires} and {@code repeals}. A file that
 * is not UTF-8 or whose front matter does not parse has none of them (its problems are the
 * loader's to report, for the files of the working tree).
 *
 * @param repealed whether {@code repealed:} is written (a repeal by an act outside the library)
 * @param status   the explicit {@code status:}, or null
 * @param expires  {@code expires:} as written, or null
 * @param repeals  the references of {@code repeals:}
 */
public record FrontMatterFacts(boolean repealed, String status, String expires, List<String> repeals) {
    /** A file without front matter, or none at all (before a file was added). */
    public static final FrontMatterFacts NONE = new FrontMatterFacts(false, null, null, List.of());

    private static final Set<String> ENDED = Set.of("repealed", "expired");

    /** The facts of a committed file's bytes. */
    public static FrontMatterFacts of(byte[] bytes) {
        String text = TextDecoder.decodeUtf8(bytes).orElse(null);
        if (text == null) {
            return NONE;
        }
        FrontMatter frontMatter = FrontMatter.split(text).frontMatter().orElse(null);
        if (frontMatter == null) {
            return NONE;
        }
        Diagnostics ignored = new Diagnostics(Messages.forLanguage("en"));
        YamlNode root = YamlReader.read(frontMatter.yaml(), frontMatter.yamlFirstLine(), "", ignored)
                .orElse(null);
        if (!(root instanceof YamlNode.Mapping mapping)) {
            return NONE;
        }
        YamlNode repealed = mapping.get("repealed");
        return new FrontMatterFacts(
                repealed != null && !(repealed instanceof YamlNode.Scalar scalar && scalar.value() == null),
                text(mapping.get("status")),
                text(mapping.get("expires")),
                texts(mapping.get("repeals")));
    }

    /**
     * Whether going from {@code before} to these facts, in a commit of {@code day}, repealed the
     * document: {@code repealed:} was added, {@code status:} became repealed or expired, or
     * {@code expires:} was set to a day on or before the commit.
     */
    public boolean endsAfter(FrontMatterFacts before, LocalDate day) {
        if (repealed && !before.repealed) {
            return true;
        }
        if (status != null && ENDED.contains(status) && !status.equals(before.status)) {
            return true;
        }
        if (expires != null && !expires.equals(before.expires)) {
            try {
                return !LocalDate.parse(expires).isAfter(day);
            } catch (DateTimeParseException e) {
                return false;
            }
        }
        return false;
    }

    /** The references of {@code repeals:} that {@code before} did not have. */
    public List<String> repealsAddedSince(FrontMatterFacts before) {
        List<String> added = new ArrayList<>(repeals);
        added.removeAll(before.repeals);
        return added;
    }

    private static String text(YamlNode node) {
        return node instanceof YamlNode.Scalar scalar && scalar.value() != null
                ? String.valueOf(scalar.value()).strip()
                : null;
    }

    private static List<String> texts(YamlNode node) {
        if (node instanceof YamlNode.Sequence sequence) {
            List<String> values = new ArrayList<>();
            sequence.items().forEach(item -> {
                String value = text(item);
                if (value != null) {
                    values.add(value);
                }
            });
            return List.copyOf(values);
        }
        String single = text(node);
        return single == null ? List.of() : List.of(single);
    }
}
