package org.opengazette.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opengazette.model.Document;
import org.opengazette.model.Relation;
import org.opengazette.model.Version;
import org.opengazette.output.SiteOutput;
import org.opengazette.output.WriteMemory;
import org.opengazette.site.RenderContext;
import org.opengazette.site.Urls;

/**
 * Writes {@code data/docs/<id>.json} for every document: {@code {"id", "versions": [...],
 * "relations": [...]}}. Each version is a version record (see {@link VersionRecord#of}) plus
 * {@code index_no}, {@code topics}, {@code gazette}, {@code fields} (custom fields) and
 * {@code text} (the body as plain text). Each relation is {@code {"type", "direction"
 * (outgoing|incoming), "id", "title"}}.
 */
public final class DocumentDataWriter {
    private DocumentDataWriter() {}

    /** Writes every document's file; one whose data equals what {@code memory} remembers is not serialized again. */
    public static void writeAll(RenderContext context, SiteOutput output, WriteMemory memory) {
        context.library().documents().parallelStream().forEach(document -> {
            Map<String, Object> data = data(document, context);
            memory.write(output, Urls.documentData(document.id()), data, () -> Json.write(data));
        });
    }

    private static Map<String, Object> data(Document document, RenderContext context) {
        List<Map<String, Object>> versions = new ArrayList<>();
        for (Version version : document.versions()) {
            Map<String, Object> record = VersionRecord.of(document, version, context);
            record.put("index_no", version.indexNo());
            record.put("topics", version.topics());
            record.put(
                    "gazette",
                    version.gazette() == null ? null : version.gazette().issueId());
            record.put("fields", version.fields());
            record.put("text", context.bodyText(version));
            versions.add(record);
        }
        List<Map<String, Object>> relations = new ArrayList<>();
        for (Relation relation : context.library().relationsFrom(document)) {
            relations.add(relation(
                    relation.type().key(),
                    "outgoing",
                    relation.target().id(),
                    context.applying(relation.target()).title()));
        }
        for (Relation relation : context.library().relationsTo(document)) {
            relations.add(relation(
                    relation.type().key(),
                    "incoming",
                    relation.source().documentId(),
                    relation.source().title()));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", document.id());
        data.put("versions", versions);
        data.put("relations", relations);
        return data;
    }

    private static Map<String, Object> relation(String type, String direction, String id, String title) {
        Map<String, Object> relation = new LinkedHashMap<>();
        relation.put("type", type);
        relation.put("direction", direction);
        relation.put("id", id);
        relation.put("title", title);
        return relation;
    }
}
