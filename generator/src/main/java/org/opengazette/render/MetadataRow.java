package org.opengazette.render;

import java.util.List;

/**
 * A row of a document's metadata block (索引号, 发文机关 …): a label and one or more values,
 * each possibly a link.
 */
public record MetadataRow(String key, String label, List<Link> values) {}
