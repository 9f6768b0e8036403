package org.opengazette.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.opengazette.model.Document;
import org.opengazette.model.Version;
import org.opengazette.output.SiteOutput;
import org.opengazette.output.WriteMemory;
import org.opengazette.site.RenderContext;

/**
 * Writes {@code data/catalog.json}: {@code {"site", "as_of", "count", "versions": [...]}} where
 * each entry is a version record (see {@link VersionRecord#of}), sorted by id then version.
 */
public final class CatalogWriter {
    public static final String PATH = "data/catalog.json";

    private CatalogWriter() {}

    /** Writes the catalogue; when it equals what {@code memory} remembers, it is not serialized again. */
    public static void write(RenderContext context, SiteOutput output, WriteMemory memory) {
        List<Map<String, Object>> versions = new ArrayList<>();
        for (Document document : context.library().documents()) {
            for (Version version : document.versions()) {
                versions.add(VersionRecord.of(document, version, context));
            }
        }
        Map<String, Object> catalog = new LinkedHashMap<>();
        catalog.put("site", context.config().title());
        catalog.put("as_of", context.asOf().toString());
        catalog.put("count", versions.size());
        catalog.put("versions", versions);
        memory.write(output, PATH, catalog, () -> Json.write(catalog));
    }
}
