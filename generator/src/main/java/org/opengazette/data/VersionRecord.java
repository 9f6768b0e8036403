package org.opengazette.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opengazette.model.Document;
import org.opengazette.model.Status;
import org.opengazette.model.Validity;
import org.opengazette.model.Version;
import org.opengazette.site.RenderContext;

/** The metadata of one version as a JSON object, shared by the catalogue and the document files. */
final class VersionRecord {
    private VersionRecord() {}

    /**
     * {@code id}, {@code version} (file date, {@code undated} or empty), {@code title},
     * {@code doc_number}, {@code kind}, {@code kind_label}, {@code issuer} (list), {@code signed},
     * {@code published}, {@code effective}, {@code expires} (ISO dates or null), {@code status} (on
     * the as-of date), {@code status_by_editor} (true when that is the explicit {@code status} of
     * the front matter and the dates alone give another), {@code in_force} (the intervals {@code [{"from", "until"}]}, both days inclusive,
     * null when open, on which the version is in force — the same as the search filter uses:
     * "in force on date D" is {@code from ≤ D ≤ until} for one of them), {@code applying} (true for the version shown at
     * the document URL),
     * {@code source_path} (relative to the content folder), {@code url} (the page, relative to
     * the site root), {@code data_url}, {@code pdf_url} (the version's PDF, relative to the site
     * root; null when no PDF was written).
     */
    static Map<String, Object> of(Document document, Version version, RenderContext context) {
        Map<String, Object> record = new LinkedHashMap<>();
        Status status = context.status(version);
        record.put("id", document.id());
        record.put("version", version.key());
        record.put("title", version.title());
        record.put("doc_number", version.docNumber());
        record.put("kind", version.kind());
        record.put("kind_label", context.kindLabel(version.kind()));
        record.put("issuer", version.issuers());
        record.put("signed", iso(version.dates().signed()));
        record.put("published", iso(version.dates().published()));
        record.put("effective", iso(version.dates().effectiveOrPublished()));
        record.put("expires", iso(version.dates().expires()));
        record.put("status", status.key());
        record.put("status_by_editor", context.library().statusSetByEditor(version, context.asOf()));
        List<Map<String, Object>> inForce = new ArrayList<>();
        for (Validity interval : context.library().inForceIntervals(version)) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("from", iso(interval.from()));
            entry.put("until", iso(interval.until()));
            inForce.add(entry);
        }
        record.put("in_force", inForce);
        record.put("applying", context.applying(document) == version);
        record.put("source_path", version.sourcePath());
        record.put("url", org.opengazette.site.Urls.pretty(context.urlOf(document, version)));
        record.put("data_url", org.opengazette.site.Urls.documentData(document.id()));
        record.put("pdf_url", context.downloads().pdf(version));
        return record;
    }

    private static String iso(java.time.LocalDate date) {
        return date == null ? null : date.toString();
    }
}
