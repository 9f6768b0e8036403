package org.opengazette.maven;

import java.util.Map;
import java.util.Properties;
import org.apache.maven.plugin.MojoExecutionException;

/**
 * The {@code -Dgazette.…} names of earlier releases. Maven ignores a property no parameter reads,
 * so a build given an old name would quietly do something else (write the site elsewhere, say);
 * such a build stops instead and names the property to use.
 */
final class RenamedProperties {
    private static final Map<String, String> RENAMED = Map.of(
            "gazette.project", "gazette.projectDirectory",
            "gazette.content", "gazette.contentDirectory",
            "gazette.config", "gazette.configDirectory",
            "gazette.theme", "gazette.themeDirectory",
            "gazette.out", "gazette.outputDirectory",
            "gazette.pdfCache", "gazette.pdfCacheDirectory",
            "gazette.serve.pdf", "gazette.servePdf");

    private RenamedProperties() {}

    /** Fails when {@code userProperties} (the {@code -D} options) set a renamed property. */
    static void check(Properties userProperties) throws MojoExecutionException {
        for (String old : RENAMED.keySet().stream().sorted().toList()) {
            if (userProperties.containsKey(old)) {
                throw new MojoExecutionException("-D" + old + " is no longer read: use -D" + RENAMED.get(old) + "="
                        + userProperties.getProperty(old) + " (every parameter is -Dgazette.<parameter name>;"
                        + " mvn gazette:help -Ddetail lists them)");
            }
        }
    }
}
