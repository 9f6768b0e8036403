package org.opengazette.search.index;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.opengazette.model.Document;
import org.opengazette.model.Status;
import org.opengazette.model.Version;
import org.opengazette.site.RenderContext;

/** Makes the {@link SearchRecord}s of a render context: every version of the (publishable) library. */
public final class SearchRecords {
    private SearchRecords() {}

    /**
     * One record per version, in ordinal order. The library of a render context holds only
     * publishable versions; this method refuses anything else, so that nothing non-public can
     * reach the index even if a caller passes the wrong library.
     */
    public static List<SearchRecord> of(RenderContext context) {
        List<SearchRecord> records = new ArrayList<>();
        for (Document document : context.library().documents()) {
            Version applying = context.applying(document);
            for (Version version : document.versions()) {
                if (!version.isPublic()) {
                    throw new IllegalArgumentException(
                            "a non-public version must never be indexed: " + version.sourcePath());
                }
                Status status = context.status(version);
                String body = context.bodyText(version);
                String dateText = version.dates().primary() == null
                        ? ""
                        : context.date(version.dates().primary());
                records.add(new SearchRecord(
                        records.size(),
                        document.id(),
                        version.key(),
                        version.title(),
                        version.docNumber(),
                        version.kind(),
                        context.kindLabel(version.kind()),
                        version.issuers(),
                        version.topics(),
                        textLength(body, extra(version)),
                        body.length(),
                        status.key(),
                        context.statusLabel(status),
                        version.dates().primary(),
                        dateText,
                        context.library().inForceIntervals(version),
                        version == applying,
                        context.urlOf(document, version),
                        version.sourcePath()));
            }
        }
        return List.copyOf(records);
    }

    /**
     * The texts of the records {@link #of} makes from the same {@code context}, each read from its
     * version's rendered body when asked for.
     */
    public static SearchTexts texts(RenderContext context) {
        List<Version> versions = context.library().documents().stream()
                .flatMap(document -> document.versions().stream())
                .toList();
        return record -> {
            Version version = versions.get(record.ord());
            return text(context.bodyText(version), extra(version));
        };
    }

    /** The text of the body field: the body, then the custom fields. */
    private static String text(String body, String extra) {
        return extra.isEmpty() ? body : body + "\n" + extra;
    }

    private static int textLength(String body, String extra) {
        return extra.isEmpty() ? body.length() : body.length() + 1 + extra.length();
    }

    /** The values of the custom fields, one per line (lists flattened). */
    private static String extra(Version version) {
        return version.fields().values().stream()
                .flatMap(value -> value instanceof List<?> list
                        ? list.stream().map(String::valueOf)
                        : Stream.of(String.valueOf(value)))
                .collect(Collectors.joining("\n"));
    }
}
