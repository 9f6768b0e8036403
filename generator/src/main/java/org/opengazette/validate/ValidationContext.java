package org.opengazette.validate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.opengazette.config.SiteConfig;
import org.opengazette.diagnostic.Diagnostics;
import org.opengazette.model.Library;
import org.opengazette.model.UnreadDocument;

/**
 * What the checks see: the whole library (public or not: a private document still counts for
 * duplicates and references), the document files that could not be read, the site config, the
 * content folder and the as-of date.
 */
public record ValidationContext(
        Library library,
        List<UnreadDocument> unread,
        SiteConfig config,
        Path contentDirectory,
        LocalDate asOf,
        Diagnostics diagnostics) {}
