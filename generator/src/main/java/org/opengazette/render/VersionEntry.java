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
 */
public record VersionEntry(String label, String url, String status, String statusLabel, boolean applying,
                           boolean shown) {
}
