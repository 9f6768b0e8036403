package org.opengazette.validate;

import java.nio.file.Path;
import java.time.LocalDate;
import org.opengazette.config.SiteConfig;
import org.opengazette.diagnostic.Diagnostics;
import org.opengazette.model.Library;

/**
 * What the checks see: the whole library (public or not: a private document still counts for
 * duplicates and references), the site config, the content folder and the as-of date.
 */
public record ValidationContext(Library library, SiteConfig config, Path contentDirectory, LocalDate asOf,
                                Diagnostics diagnostics) {
}
