/**
 * Stage 5, write: the only package that writes the site. {@link
 * org.opengazette.output.SiteOutput} writes every file into a staging folder beside the target,
 * records its size and SHA-256 for the manifest, and swaps the staging folder into place only
 * when the whole build succeeded, so a failed build never touches the published site.
 */
package org.opengazette.output;
