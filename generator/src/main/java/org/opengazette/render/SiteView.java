package org.opengazette.render;

import java.util.List;
import org.opengazette.config.PortalSettings;

/**
 * What every page shows of the site: its title, language, navigation, gazette notice and footer.
 *
 * @param title        the site title
 * @param baseUrl      the site's public address, ending in {@code /} (for Open Graph's absolute URLs)
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
 * @param portal       the footer's 主办单位, 网站标识码 and filings, the pages' description, 纠错
 */
public record SiteView(
        String title,
        String baseUrl,
        String language,
        List<Link> navigation,
        String gazetteName,
        String gazetteNotice,
        String asOf,
        String asOfIso,
        String version,
        String commit,
        boolean changes,
        PortalSettings portal) {}
