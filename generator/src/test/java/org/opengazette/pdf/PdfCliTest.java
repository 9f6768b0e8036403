package org.opengazette.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opengazette.cli.GazetteCli;

/** {@code gazette build} makes PDFs by default, from the cache named by {@code --pdf-cache}, and says so. */
class PdfCliTest {
    @TempDir
    Path temp;

    @Test
    void buildMakesPdfsFromTheNamedCacheAndCountsThemInTheSummary() {
        PdfFixture.Built fixture = PdfFixture.get();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream originalErr = System.err;
        PrintStream originalOut = System.out;
        int exit;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            exit = GazetteCli.execute(
                    "build",
                    "--project",
                    PdfFixture.REPO.toString(),
                    "--content",
                    fixture.content().toString(),
                    "--out",
                    temp.resolve("site").toString(),
                    "--as-of",
                    PdfFixture.AS_OF.toString(),
                    "--quiet",
                    "--pdf-cache",
                    fixture.cache().toString(),
                    "--pdf-failures-as-warnings");
        } finally {
            System.setErr(originalErr);
            System.setOut(originalOut);
        }
        String summary = err.toString(StandardCharsets.UTF_8);
        assertEquals(0, exit, summary);
        assertTrue(summary.contains("7 PDFs (0 rendered, 7 from cache, 0 failed)"), summary);
        assertTrue(Files.isRegularFile(temp.resolve("site").resolve(PdfFixture.ISSUE_PDF)));
    }
}
