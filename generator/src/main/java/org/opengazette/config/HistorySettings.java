package org.opengazette.config;

/**
 * What the site shows of the git history ({@code history:} in site.yaml).
 *
 * @param authors whether revisions and change sets name their authors, with their e-mail
 *                addresses (off by default: commits are often made under personal names)
 */
public record HistorySettings(boolean authors) {
    /** Dates, messages and commit ids only. */
    public static final HistorySettings DEFAULT = new HistorySettings(false);
}
