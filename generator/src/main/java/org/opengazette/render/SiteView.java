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
 */
public record SiteView(
        String title,
        String language,
        List<Link> navigation,
        String gazetteName,
        String gazetteNotice,
        String asOf,
        String asOfIso) {}
