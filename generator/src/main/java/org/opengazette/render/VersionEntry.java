package org.opengazette.render;

/**
 * A version in a document's version list.
 *
 * @param label       its date as text (or "undated")
 * @param url         its page, relative to the root
 * @param status      the status key on the as-of date
 * @param statusLabel the status label
 * @param applying    true for the version that applies on the as-of date
 * @param shown       true for the version on the page being rendered
 * @param validity    the days it applies, as text ("2014年1月1日 至 2024年12月31日"), or null when unknown
 * @param compareUrl  the comparison with the previous version, or null for the first
 */
public record VersionEntry(
        String label,
        String url,
        String status,
        String statusLabel,
        boolean applying,
        boolean shown,
        String validity,
        String compareUrl) {}
