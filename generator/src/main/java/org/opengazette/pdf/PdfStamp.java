package org.opengazette.pdf;

import java.util.List;

/**
 * What a version's PDF says about itself on every page, drawn after layout by {@link PdfStamper}:
 * the running line (the version's date, its 时效性 as of the build's date, the document's address)
 * and, for a version that is not in force, a diagonal watermark (历史版本, 已废止, 已失效, 尚未生效).
 * It depends on the as-of date, so it is kept out of the laid-out PDF and its cache key: a new
 * day stamps the cached layout again instead of laying out every PDF again.
 *
 * @param lines     the running line, one entry per printed line, top first
 * @param watermark the watermark's text, or null for a version in force
 */
public record PdfStamp(List<String> lines, String watermark) {}
