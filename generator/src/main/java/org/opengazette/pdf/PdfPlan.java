package org.opengazette.pdf;

import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.opengazette.diagnostic.Diagnostics;
import org.opengazette.diagnostic.Problem;
import org.opengazette.diagnostic.Severity;
import org.opengazette.diagnostic.SourcePosition;
import org.opengazette.model.Document;
import org.opengazette.model.GazetteIssue;
import org.opengazette.model.Version;
import org.opengazette.site.IssueContents;
import org.opengazette.site.RenderContext;
import org.opengazette.site.Urls;

/**
 * Decides every PDF of a build and prepares it up to the cache key: one per published version,
 * one per gazette issue that prints at least one document. Runs the print templates (cheap:
 * a few milliseconds) so that the key covers the rendered model; layout happens only on a cache
 * miss. Characters the fonts lack are reported here, once per version. A print template that
 * fails at run time fails that PDF ({@code pdf-failed}, naming the version's or issue's file); a
 * template that does not parse is one {@code template-error}.
 */
public final class PdfPlan {
    private final RenderContext context;
    private final PrintModels models;
    private final PrintTemplates templates;
    private final PdfCacheKey keys;
    private final Function<String, String> displayContentFile;
    private final MissingGlyphs missingGlyphs;
    private final Diagnostics diagnostics;
    private final Severity failureSeverity;
    private final Set<String> reportedTemplateErrors = new HashSet<>();

    /**
     * @param context            the render context (bodies, labels, dates)
     * @param generatorVersion   part of every cache key
     * @param displayContentFile a path relative to the content folder, as diagnostics show it
     * @param options            whether a PDF that fails is an error or a warning
     * @param diagnostics        where template errors and missing glyphs go
     */
    public PdfPlan(
            RenderContext context,
            String generatorVersion,
            Function<String, String> displayContentFile,
            PdfOptions options,
            Diagnostics diagnostics) {
        this.context = context;
        this.models = new PrintModels(context, GlyphCoverage.shared());
        this.templates = new PrintTemplates(context.theme());
        this.keys = new PdfCacheKey(generatorVersion, PdfFonts.shared().fingerprint());
        this.displayContentFile = displayContentFile;
        this.missingGlyphs = new MissingGlyphs(GlyphCoverage.shared(), diagnostics);
        this.diagnostics = diagnostics;
        this.failureSeverity = options.failuresAsWarnings() ? Severity.WARNING : Severity.ERROR;
    }

    /**
     * The planned PDFs.
     *
     * @param jobs   every PDF to produce: documents (in library order), then issues (in gazette order)
     * @param failed the site paths of PDFs whose print template failed (already reported)
     */
    public record Planned(List<PdfJob> jobs, List<String> failed) {}

    /** Plans every PDF of the library. */
    public Planned plan() {
        List<PdfJob> jobs = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (Document document : context.library().documents()) {
            for (Version version : document.versions()) {
                missingGlyphs.report(version);
                String path = Urls.versionPdf(document.id(), version.key(), document.hasSeveralVersions());
                PdfMetadata metadata = models.metadata(version);
                job(
                        PdfJob.Kind.DOCUMENT,
                        version.sourcePath(),
                        path,
                        SourcePosition.of(version.positionOf("").file()),
                        PrintTemplates.DOCUMENT,
                        models.document(version, "doc"),
                        metadata,
                        models.stamp(document, version),
                        jobs,
                        failed);
            }
        }
        IssueContents contents = new IssueContents(context);
        for (GazetteIssue issue : context.library().issues()) {
            List<IssueContents.Section> sections = contents.sections(issue);
            if (sections.isEmpty()) {
                continue;
            }
            PrintIssue printed = models.issue(issue, sections);
            job(
                    PdfJob.Kind.ISSUE,
                    issue.id(),
                    Urls.issuePdf(issue.year(), issue.number()),
                    SourcePosition.of(displayContentFile.apply(issue.sourcePath())),
                    PrintTemplates.ISSUE,
                    printed,
                    models.metadata(issue, printed),
                    null,
                    jobs,
                    failed);
        }
        return new Planned(List.copyOf(jobs), List.copyOf(failed));
    }

    private void job(
            PdfJob.Kind kind,
            String owner,
            String path,
            SourcePosition source,
            String template,
            Object page,
            PdfMetadata metadata,
            PdfStamp stamp,
            List<PdfJob> jobs,
            List<String> failed) {
        try {
            String xhtml = templates.render(template, page, metadata);
            jobs.add(new PdfJob(kind, owner, path, source, xhtml, metadata, keys.of(xhtml, metadata), stamp));
        } catch (TemplateException e) {
            failed.add(path);
            // May depend on this document's data: this PDF fails, named by its file.
            SourcePosition at =
                    templatePosition(e.getTemplateSourceName(), e.getLineNumber(), e.getColumnNumber(), template);
            diagnostics.report(
                    failureSeverity,
                    Problem.PDF_FAILED,
                    source,
                    path,
                    at + ": "
                            + e.getMessageWithoutStackTop().lines().findFirst().orElse(""));
        } catch (ParseException e) {
            failed.add(path);
            // A syntax error of the template fails every PDF the same way: reported once.
            SourcePosition at = templatePosition(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber(), template);
            if (reportedTemplateErrors.add(at.toString())) {
                diagnostics.report(Problem.TEMPLATE_ERROR, at, e.getEditorMessage());
            }
        } catch (IOException e) {
            failed.add(path);
            SourcePosition at = SourcePosition.of(templates.templateFile(template));
            if (reportedTemplateErrors.add(at.toString())) {
                diagnostics.report(Problem.TEMPLATE_ERROR, at, e.getMessage());
            }
        }
    }

    private SourcePosition templatePosition(String name, Integer line, Integer column, String fallback) {
        return new SourcePosition(
                templates.templateFile(name != null ? name : fallback),
                line == null ? 0 : line,
                column == null ? 0 : column);
    }
}
