package org.opengazette.render;

import java.util.List;

/**
 * What every page shows of the site: its title, language, navigation and gazette notice.
 *
 * @param title        the site title
 * @param language     the {@code lang} of every page
 * @param navigation   the disclosure platform's columns
 * @param gazetteName  the gazette's name
 * @param gazetteNotice a notice for gazette pages, or null
 * @param asOf         the date statuses are shown for, as text
 * @param asOfIso      the same date as {@code YYYY-MM-DD}
 * @param version      the commit the site was built from (short id, {@code -dirty} when the
 *                     content differs from it), or null when the content has no git history
 * @param commit       the full commit id, or null
 * @param changes      whether the site has a change log ({@code changes/}) and its feed
 */
public record SiteView(
        String title,
        String language,
        List<Link> navigation,
        String gazetteName,
        String gazetteNotice,
        String asOf,
        String asOfIso,
        String version,
        String commit,
        boolean changes) {}
