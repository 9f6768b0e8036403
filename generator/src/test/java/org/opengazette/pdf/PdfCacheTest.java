package org.opengazette.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opengazette.fixtures.FileTrees;
import org.opengazette.pipeline.BuildResult;
import org.opengazette.pipeline.Pipeline;
import org.opengazette.pipeline.ProgressListener;

/** Reproducible bytes, and a cache that spares every unchanged PDF on a rebuild. */
class PdfCacheTest {
    private final PdfFixture.Built fixture = PdfFixture.get();

    @TempDir
    Path temp;

    @Test
    void rebuildWithTheCacheRendersNothingAndWritesTheSameBytes() throws IOException {
        BuildResult again = Pipeline.build(
                PdfFixture.request(fixture.content(), temp.resolve("site"), fixture.cache()), ProgressListener.NONE);
        assertTrue(again.success(), again.diagnostics().toString());
        assertEquals(0, again.pdfs().rendered(), "nothing is rendered again");
        assertEquals(7, again.pdfs().cached(), "six versions and one issue from the cache");
        assertEquals(pdfs(fixture.site()), pdfs(temp.resolve("site")));
    }

    /** Without a cache every PDF is laid out again, on other threads, in another order: same bytes. */
    @Test
    void renderingAgainGivesIdenticalBytes() throws IOException {
        var request = PdfFixture.request(fixture.content(), temp.resolve("site"), null);
        BuildResult again = Pipeline.build(
                request.withPdf(request.pdf().withCacheDirectory(null).withThreads(1)), ProgressListener.NONE);
        assertTrue(again.success(), again.diagnostics().toString());
        assertEquals(7, again.pdfs().rendered());
        assertEquals(pdfs(fixture.site()), pdfs(temp.resolve("site")));
    }

    /** Editing one document outside any issue renders exactly its PDF again. */
    @Test
    void aChangedDocumentIsTheOnlyPdfRenderedAgain() throws IOException {
        Path content = temp.resolve("content");
        Path cache = temp.resolve("cache");
        FileTrees.copy(fixture.content(), content);
        FileTrees.copy(fixture.cache(), cache);
        Path edited = content.resolve("documents").resolve(PdfFixture.PRIVATE_USE + ".md");
        Files.writeString(
                edited,
                Files.readString(edited, StandardCharsets.UTF_8).replace("本条例自公布之日起施行。", "本条例自公布之日起施行（修改）。"),
                StandardCharsets.UTF_8);

        BuildResult result =
                Pipeline.build(PdfFixture.request(content, temp.resolve("site"), cache), ProgressListener.NONE);
        assertTrue(result.success(), result.diagnostics().toString());
        assertEquals(1, result.pdfs().rendered());
        assertEquals(6, result.pdfs().cached());
        Map<String, String> before = pdfs(fixture.site());
        Map<String, String> after = pdfs(temp.resolve("site"));
        String changed = "docs/" + PdfFixture.PRIVATE_USE + "/" + PdfFixture.PRIVATE_USE + ".pdf";
        assertNotEquals(before.get(changed), after.get(changed));
        before.remove(changed);
        after.remove(changed);
        assertEquals(before, after);
    }

    /** A cache entry that is not a whole PDF (an interrupted copy, a full disk) is rendered again. */
    @Test
    void aBrokenCacheEntryIsRenderedAgain() throws IOException {
        Path cache = temp.resolve("cache");
        FileTrees.copy(fixture.cache(), cache);
        Path stamped = cache.resolve("stamped");
        Path entry = firstPdf(cache, stamped);
        byte[] whole = Files.readAllBytes(entry);
        Files.write(entry, java.util.Arrays.copyOf(whole, whole.length / 2));
        FileTrees.delete(stamped);

        BuildResult result = Pipeline.build(
                PdfFixture.request(fixture.content(), temp.resolve("site"), cache), ProgressListener.NONE);
        assertTrue(result.success(), result.diagnostics().toString());
        assertEquals(1, result.pdfs().rendered());
        assertArrayEquals(whole, Files.readAllBytes(entry), "the entry is whole again");
        assertEquals(pdfs(fixture.site()), pdfs(temp.resolve("site")));

        Path stampedEntry = firstPdf(stamped, null);
        byte[] stampedWhole = Files.readAllBytes(stampedEntry);
        Files.write(stampedEntry, java.util.Arrays.copyOf(stampedWhole, stampedWhole.length / 2));
        BuildResult again = Pipeline.build(
                PdfFixture.request(fixture.content(), temp.resolve("site-again"), cache), ProgressListener.NONE);
        assertEquals(0, again.pdfs().rendered());
        assertEquals(1, again.pdfs().stamped(), "only the broken stamped PDF is stamped again");
        assertArrayEquals(stampedWhole, Files.readAllBytes(stampedEntry));
        assertEquals(pdfs(fixture.site()), pdfs(temp.resolve("site-again")));
    }

    private static Path firstPdf(Path folder, Path except) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(p -> p.toString().endsWith(".pdf") && (except == null || !p.startsWith(except)))
                    .sorted()
                    .findFirst()
                    .orElseThrow();
        }
    }

    /** A cache folder that cannot be written is a warning, once; the site is still complete. */
    @Test
    void anUnwritableCacheIsAWarningNotAFailure() throws IOException {
        Path blocked = Files.writeString(temp.resolve("cache-is-a-file"), "not a folder");
        BuildResult result = Pipeline.build(
                PdfFixture.request(fixture.content(), temp.resolve("site"), blocked), ProgressListener.NONE);
        assertTrue(result.success(), result.diagnostics().toString());
        List<org.opengazette.diagnostic.Diagnostic> warnings = result.diagnostics().stream()
                .filter(d -> d.code().equals("pdf-cache-unwritable"))
                .toList();
        assertEquals(1, warnings.size(), result.diagnostics().toString());
        assertTrue(
                warnings.get(0).position().file().endsWith("cache-is-a-file"),
                warnings.get(0).toString());
        assertEquals(pdfs(fixture.site()), pdfs(temp.resolve("site")));
    }

    @Test
    void theKeyCoversTheTextTheDateTheGeneratorAndTheFonts() {
        PdfMetadata metadata = new PdfMetadata("标题", "国务院", "行政法规", "行政法规", LocalDate.parse("2016-02-06"), "zh-CN");
        String key = new PdfCacheKey("1.0", "fonts-a").of("<html/>", metadata);
        assertEquals(key, new PdfCacheKey("1.0", "fonts-a").of("<html/>", metadata), "stable");
        assertEquals(64, key.length());
        List<String> others = List.of(
                new PdfCacheKey("1.0", "fonts-a").of("<html> </html>", metadata),
                new PdfCacheKey("1.0", "fonts-a")
                        .of(
                                "<html/>",
                                new PdfMetadata("标题", "国务院", "行政法规", "行政法规", LocalDate.parse("2016-02-07"), "zh-CN")),
                new PdfCacheKey("1.1", "fonts-a").of("<html/>", metadata),
                new PdfCacheKey("1.0", "fonts-b").of("<html/>", metadata));
        for (String other : others) {
            assertNotEquals(key, other);
        }
        assertTrue(
                PdfCacheKey.openhtmltopdfVersion().matches("\\d+\\.\\d+\\.\\d+"), PdfCacheKey.openhtmltopdfVersion());
        assertFalse(PdfCache.looksWhole("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(PdfCache.looksWhole("%PDF-1.7\n...\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
    }

    /** Every PDF of a site by path, as SHA-256. */
    private static Map<String, String> pdfs(Path site) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".pdf")).toList()) {
                hashes.put(
                        site.relativize(file).toString().replace('\\', '/'),
                        java.util.HexFormat.of().formatHex(PdfFonts.sha256().digest(Files.readAllBytes(file))));
            }
        }
        assertEquals(7, hashes.size(), "six version PDFs and one issue PDF in " + site);
        return hashes;
    }
}
