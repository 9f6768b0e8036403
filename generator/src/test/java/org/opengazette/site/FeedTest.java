package org.opengazette.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The Atom feeds are well-formed Atom whose entries point to pages of the site, newest first. */
class FeedTest {
    private static final String BASE = "https://gazette.example.gov.cn/";

    @ParameterizedTest
    @ValueSource(strings = {"feeds/documents.xml", "feeds/gazette.xml"})
    void entriesLinkToExistingPagesNewestFirst(String feed) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document xml =
                factory.newDocumentBuilder().parse(DemoSite.root().resolve(feed).toFile());
        assertEquals("http://www.w3.org/2005/Atom", xml.getDocumentElement().getNamespaceURI());
        NodeList entries = xml.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        assertTrue(entries.getLength() > 0);
        String previous = "9999";
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            String href = ((Element) entry.getElementsByTagName("link").item(0)).getAttribute("href");
            assertTrue(href.startsWith(BASE), href);
            Path page = DemoSite.root().resolve(href.substring(BASE.length())).resolve("index.html");
            assertTrue(Files.exists(page), href);
            String updated = entry.getElementsByTagName("updated").item(0).getTextContent();
            assertTrue(updated.compareTo(previous) <= 0, "newest first: " + updated + " after " + previous);
            previous = updated;
            assertFalse(
                    entry.getElementsByTagName("title").item(0).getTextContent().isBlank());
        }
        List<String> pages = List.of("index.html");
        assertTrue(
                Files.readString(DemoSite.root().resolve(pages.get(0))).contains("application/atom+xml"),
                "pages announce the feeds");
    }
}
