package org.opengazette.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.time.LocalDate;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.opengazette.pipeline.BuildRequest;

/** How the mojo parameters become a BuildRequest; the goals themselves run in src/it/. */
class GazetteMojoParametersTest {
    private static CheckMojo mojo(String asOf) {
        CheckMojo mojo = new CheckMojo();
        mojo.projectDirectory = new File("project");
        mojo.outputDirectory = new File("project/target/site");
        mojo.asOf = asOf;
        return mojo;
    }

    @Test
    void asOfIsParsedAndStripped() throws MojoExecutionException {
        assertEquals(LocalDate.of(2024, 2, 29), mojo(" 2024-02-29 ").request().asOf());
        assertNull(mojo("").request().asOf(), "blank means today");
    }

    @Test
    void invalidAsOfNamesTheParameterAndTheValue() {
        MojoExecutionException e = assertThrows(
                MojoExecutionException.class, () -> mojo("2021-02-30").request());
        assertEquals("gazette.asOf must be a date YYYY-MM-DD, not \"2021-02-30\"", e.getMessage());
    }

    @Test
    void unsetFoldersFollowTheProjectLayout() throws MojoExecutionException {
        CheckMojo mojo = mojo(null);
        mojo.themeDirectory = new File("themes/default");
        BuildRequest request = mojo.request();
        assertEquals(new File("project/content").toPath(), request.content());
        assertEquals(new File("project/site-config").toPath(), request.config());
        assertEquals(new File("themes/default").toPath(), request.themes());
        assertEquals(new File("project/target/site").toPath(), request.output());
    }

    @Test
    void thePdfCacheLiesOutsideTargetUnlessSet() throws MojoExecutionException {
        CheckMojo mojo = mojo(null);
        assertEquals(
                new File("project/.gazette-cache/pdf").toPath(),
                mojo.request().pdf().cacheDirectory());
        mojo.pdfCacheDirectory = new File("/var/cache/gazette");
        assertEquals(
                new File("/var/cache/gazette").toPath(), mojo.request().pdf().cacheDirectory());
    }

    @Test
    void theSymlinkSwitchReachesTheRequest() throws MojoExecutionException {
        CheckMojo mojo = mojo(null);
        assertFalse(mojo.request().symlink());
        mojo.symlink = true;
        assertTrue(mojo.request().symlink());
    }

    @Test
    void searchAndPdfSwitchesReachTheRequest() throws MojoExecutionException {
        CheckMojo mojo = mojo(null);
        mojo.search = true;
        mojo.pdf = true;
        assertTrue(mojo.request().search());
        assertTrue(mojo.request().pdf().enabled());
        mojo.search = false;
        mojo.pdf = false;
        assertFalse(mojo.request().search(), "gazette.search=false skips the index");
        assertFalse(mojo.request().pdf().enabled());
    }
}
