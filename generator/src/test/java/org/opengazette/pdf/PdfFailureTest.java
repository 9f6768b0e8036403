package org.opengazette.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opengazette.diagnostic.Diagnostic;
import org.opengazette.diagnostic.Diagnostics;
import org.opengazette.diagnostic.Messages;
import org.opengazette.diagnostic.Severity;
import org.opengazette.diagnostic.SourcePosition;
import org.opengazette.fixtures.ThemeFiles;
import org.opengazette.output.SiteOutput;
import org.opengazette.pipeline.BuildRequest;
import org.opengazette.pipeline.BuildResult;
import org.opengazette.pipeline.Pipeline;
import org.opengazette.pipeline.ProgressListener;

/** A PDF that cannot be made is reported against its document, and the others are still made. */
class PdfFailureTest {
    @TempDir
    Path temp;

    /** The stage: a renderer that throws for one job; the other job is rendered. */
    @Test
    void aFailingRenderIsReportedAgainstItsFileAndTheOthersAreMade() {
        PdfJob good = job("a.pdf", "content/a.md");
        PdfJob bad = job("b.pdf", "content/b.md");
        for (boolean asWarnings : List.of(false, true)) {
            Diagnostics diagnostics = new Diagnostics(Messages.forLanguage("en"));
            PdfOptions options = new PdfOptions(true, null, asWarnings, 2);
            List<PdfOutcome> outcomes;
            try (SiteOutput output = SiteOutput.stage(temp.resolve("site-" + asWarnings))) {
                outcomes = new PdfStage(options, diagnostics, FailingOnB::new).run(List.of(good, bad), output);
                assertTrue(output.contains("a.pdf"));
                assertFalse(output.contains("b.pdf"));
            }
            assertEquals(
                    List.of(PdfOutcome.Status.RENDERED, PdfOutcome.Status.FAILED),
                    outcomes.stream().map(PdfOutcome::status).toList());
            Diagnostic failure = diagnostics.sorted().get(0);
            assertEquals(1, diagnostics.sorted().size());
            assertEquals("pdf-failed", failure.code());
            assertEquals("content/b.md", failure.position().file());
            assertEquals(asWarnings ? Severity.WARNING : Severity.ERROR, failure.severity());
            assertTrue(
                    failure.message().contains("b.pdf") && failure.message().contains("layout exploded"),
                    failure.message());
        }
    }

    private static PdfJob job(String path, String source) {
        return new PdfJob(
                PdfJob.Kind.DOCUMENT,
                source,
                path,
                SourcePosition.of(source),
                "<html/>",
                new PdfMetadata("t", null, "s", "k", null, "en"),
                "00".repeat(32),
                null);
    }

    /** Renders a minimal PDF, except for b.pdf. */
    private static final class FailingOnB implements JobRenderer {
        @Override
        public Rendered render(PdfJob job) {
            if (job.path().equals("b.pdf")) {
                throw new IllegalStateException("layout exploded");
            }
            return new Rendered("%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII), 1);
        }

        @Override
        public byte[] stamp(byte[] layout, PdfJob job) {
            throw new IllegalStateException("these jobs have no stamp");
        }

        @Override
        public void close() {}
    }

    /**
     * The build: a print template that fails for one document (a theme bug that only its data
     * triggers) fails that document's PDF and the that prints it. By default that is an
     * error and the site is not published; as warnings, the site is published and only those two
     * PDFs are missing, with no link to them.
     */
    @Test
    void aDocumentWhosePdfFailsFailsTheBuildOrLosesOnlyItsLink() throws IOException {
        PdfFixture.Built fixture = PdfFixture.get();
        Path themes = temp.resolve("themes");
        ThemeFiles.override(
                themes.resolve("default"),
                "templates/pdf-layout.ftlh",
                "<section class=\"document\" id=\"${doc.anchor}\">",
                "<section class=\"document\" id=\"${doc.anchor}\"><#if doc.title?contains(\"补充规定\")>${doc.noSuchField}</#if>");
        BuildRequest request = PdfFixture.request(fixture.content(), temp.resolve("site"), fixture.cache())
                .withThemes(themes);

        BuildResult failed = Pipeline.build(request, ProgressListener.NONE);
        assertFalse(failed.success());
        assertFalse(Files.exists(temp.resolve("site")), "nothing published");
        List<Diagnostic> failures = failed.diagnostics().stream()
                .filter(d -> d.code().equals("pdf-failed"))
                .toList();
        assertEquals(2, failures.size(), failures.toString());
        assertTrue(
                failures.get(0).position().file().endsWith("content/documents/" + PdfFixture.INTERPRETATION + ".md"),
                failures.toString());
        assertTrue(failures.get(1).position().file().endsWith("content/gazette/2020-16.yaml"), failures.toString());
        assertTrue(
                failures.get(0).isError() && failures.get(0).message().contains("pdf-layout.ftlh"),
                failures.get(0).message());

        BuildResult published =
                Pipeline.build(request.withPdf(request.pdf().withFailuresAsWarnings(true)), ProgressListener.NONE);
        assertTrue(published.success(), published.diagnostics().toString());
        assertEquals(2, published.pdfs().failed());
        assertEquals(5, published.pdfs().cached(), "the other documents' PDFs are unchanged");
        Path site = temp.resolve("site");
        String failedId = PdfFixture.INTERPRETATION;
        assertFalse(Files.exists(site.resolve("docs/" + failedId + "/" + failedId + ".pdf")));
        assertFalse(Files.readString(site.resolve("docs/" + failedId + "/index.html"))
                .contains(".pdf"));
        assertFalse(Files.readString(site.resolve("gazette/2020/16/index.html")).contains(".pdf"));
        assertTrue(Files.readString(site.resolve("docs/" + PdfFixture.REGULATION + "/index.html"))
                .contains(".pdf"));
        JsonNode catalog =
                new ObjectMapper().readTree(site.resolve("data/catalog.json").toFile());
        for (JsonNode version : catalog.get("versions")) {
            assertEquals(
                    version.get("id").asText().equals(failedId),
                    version.get("pdf_url").isNull(),
                    version.get("id").asText());
        }
    }
}
