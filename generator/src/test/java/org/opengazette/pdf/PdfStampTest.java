package org.opengazette.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opengazette.fixtures.FileTrees;
import org.opengazette.pipeline.BuildResult;
import org.opengazette.pipeline.Pipeline;
import org.opengazette.pipeline.ProgressListener;

/** What a version's PDF says about itself on every page: running line and watermark, as of the build's date. */
class PdfStampTest {
    private static final String ORGANIC_LAW = "law-92dbd8e5";
    private static final String BASE = "https://gazette.example.gov.cn/";

    private final PdfFixture.Built fixture = PdfFixture.get();

    @TempDir
    Path temp;

    @Test
    void everyPageCarriesTheVersionDateItsStatusAsOfTheBuildAndItsAddress() throws IOException {
        List<String> pages = pages(fixture.pdf(PdfFixture.NOTICE));
        assertTrue(pages.size() >= 2, "a document of several pages: " + pages.size());
        for (String page : pages) {
            assertTrue(page.contains("2009年3月29日版本 · 时效性：现行有效（截至2026年11月28日）"), page);
            assertTrue(page.contains(BASE + "docs/" + PdfFixture.NOTICE + "/\n"), page);
        }
    }

    @Test
    void aSupersededVersionSaysSoOnEveryPageAndTheCurrentOneHasNoWatermark() throws IOException {
        for (String page : pages(version("1982-12-10"))) {
            assertTrue(page.contains("1982年12月10日版本 · 时效性：已修改（截至2026年11月28日）"), page);
            assertTrue(page.contains(BASE + "docs/" + ORGANIC_LAW + "/1982-12-10/"), page);
            // Diagonal, it extracts one character a line, before the text it lies under.
            assertTrue(PdfText.squeeze(page).startsWith("历史版本"), "the watermark's text is extractable: " + page);
        }
        for (String page : pages(version("2024-03-11"))) {
            assertTrue(page.contains("2024年3月11日版本 · 时效性：现行有效（截至2026年11月28日）"), page);
            assertFalse(PdfText.squeeze(page).contains("历史版本"), page);
        }
    }

    /** The next day's build stamps the cached layouts with the new date: nothing is laid out again. */
    @Test
    void aNewDayLaysOutNothingAgainAndSaysItsDate() throws IOException {
        Path site = temp.resolve("site");
        BuildResult nextDay = Pipeline.build(
                PdfFixture.request(fixture.content(), site, fixture.cache()).withAsOf(PdfFixture.AS_OF.plusDays(1)),
                ProgressListener.NONE);
        assertTrue(nextDay.success(), nextDay.diagnostics().toString());
        assertEquals(0, nextDay.pdfs().rendered(), "the layouts come from the cache: only the stamp is new");
        String older = pages(site.resolve("docs/" + ORGANIC_LAW + "/1982-12-10/" + ORGANIC_LAW + "-1982-12-10.pdf"))
                .get(0);
        assertTrue(older.contains("时效性：已修改（截至2026年11月29日）"), older);
        assertTrue(PdfText.squeeze(older).startsWith("历史版本"), older);
    }

    /**
     * Another build on the same day takes each version's PDF from the cache already stamped; the
     * cache keeps one stamped PDF per page, the latest day's.
     */
    @Test
    void anotherBuildOnTheSameDayStampsNothing() throws IOException {
        Path cache = temp.resolve("cache");
        FileTrees.copy(fixture.cache(), cache);
        List<Long> stamped = new ArrayList<>();
        List<byte[]> older = new ArrayList<>();
        for (int day : new int[] {2, 2, 3}) {
            Path site = temp.resolve("site-" + stamped.size());
            BuildResult built = Pipeline.build(
                    PdfFixture.request(fixture.content(), site, cache).withAsOf(PdfFixture.AS_OF.plusDays(day)),
                    ProgressListener.NONE);
            assertTrue(built.success(), built.diagnostics().toString());
            assertEquals(0, built.pdfs().rendered());
            stamped.add(built.pdfs().stamped());
            older.add(Files.readAllBytes(
                    site.resolve("docs/" + ORGANIC_LAW + "/1982-12-10/" + ORGANIC_LAW + "-1982-12-10.pdf")));
        }
        assertTrue(stamped.get(0) > 1, "every version PDF is stamped for a new day: " + stamped);
        assertEquals(List.of(stamped.get(0), 0L, stamped.get(0)), stamped);
        assertArrayEquals(older.get(0), older.get(1), "the same day's PDF, from the cache");
        try (Stream<Path> kept = Files.walk(cache.resolve("stamped"))) {
            assertEquals(stamped.get(0), kept.filter(Files::isRegularFile).count(), "one stamped PDF per page");
        }
    }

    private Path version(String key) {
        return fixture.site().resolve("docs/" + ORGANIC_LAW + "/" + key + "/" + ORGANIC_LAW + "-" + key + ".pdf");
    }

    private static List<String> pages(Path file) throws IOException {
        try (PDDocument pdf = PdfText.load(file)) {
            return PdfText.pages(pdf);
        }
    }
}
