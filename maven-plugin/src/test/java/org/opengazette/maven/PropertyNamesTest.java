package org.opengazette.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Every parameter of every goal is {@code -Dgazette.<its name>}, read from the plugin descriptor
 * Maven itself reads; the README shows each of those names; the names of earlier releases stop
 * the build with the new name instead of being ignored.
 */
class PropertyNamesTest {
    private static final Path DESCRIPTOR = Path.of("target/classes/META-INF/maven/plugin.xml");

    /** goal:parameter=expression of every settable parameter of the gazette goals (help excepted). */
    private static List<String[]> parameters() throws Exception {
        Document plugin =
                DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(DESCRIPTOR.toFile());
        List<String[]> found = new ArrayList<>();
        NodeList mojos = plugin.getElementsByTagName("mojo");
        for (int m = 0; m < mojos.getLength(); m++) {
            Element mojo = (Element) mojos.item(m);
            String goal = text(mojo, "goal");
            if (goal.equals("help")) {
                continue;
            }
            Element configuration =
                    (Element) mojo.getElementsByTagName("configuration").item(0);
            for (Node node = configuration.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element parameter
                        && parameter.getTextContent().startsWith("${gazette.")) {
                    found.add(new String[] {goal, parameter.getTagName(), parameter.getTextContent()});
                }
            }
        }
        return found;
    }

    private static String text(Element parent, String tag) {
        return parent.getElementsByTagName(tag).item(0).getTextContent();
    }

    @Test
    void everyParameterIsItsOwnNameUnderGazette() throws Exception {
        List<String[]> parameters = parameters();
        assertTrue(parameters.size() >= 3 * 15, "build, check and serve share 15 parameters: " + parameters.size());
        for (String[] p : parameters) {
            assertEquals("${gazette." + p[1] + "}", p[2], p[0] + ":" + p[1]);
        }
        TreeSet<String> goals = new TreeSet<>();
        parameters.forEach(p -> goals.add(p[0]));
        assertEquals(List.of("build", "check", "new", "serve"), List.copyOf(goals));
    }

    @Test
    void theReadmeShowsEveryPropertyName() throws Exception {
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        TreeSet<String> missing = new TreeSet<>();
        for (String[] p : parameters()) {
            String property = p[2].substring(2, p[2].length() - 1);
            if (!readme.contains("-D" + property + "=") && !readme.contains("`" + property + "`")) {
                missing.add(property);
            }
        }
        assertEquals(new TreeSet<>(), missing, "properties the README does not show");
    }

    @Test
    void theHelpGoalIsGenerated() throws Exception {
        Document plugin =
                DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(DESCRIPTOR.toFile());
        NodeList goals = plugin.getElementsByTagName("goal");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < goals.getLength(); i++) {
            names.add(goals.item(i).getTextContent());
        }
        assertTrue(names.contains("help"), names::toString);
    }

    @Test
    void anOldPropertyNameStopsTheBuildWithTheNewOne() {
        Properties given = new Properties();
        given.setProperty("gazette.out", "/srv/www/gazette");
        MojoExecutionException e = assertThrows(MojoExecutionException.class, () -> RenamedProperties.check(given));
        assertTrue(
                e.getMessage()
                        .startsWith("-Dgazette.out is no longer read: use -Dgazette.outputDirectory=/srv/www/gazette"),
                e.getMessage());
    }

    @Test
    void currentNamesPass() throws MojoExecutionException {
        Properties given = new Properties();
        given.setProperty("gazette.outputDirectory", "/srv/www/gazette");
        given.setProperty("gazette.pdf", "false");
        RenamedProperties.check(given);
        assertFalse(given.isEmpty());
    }
}
