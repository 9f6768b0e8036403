package org.opengazette.pdf;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.opengazette.config.CustomField;
import org.opengazette.config.Masthead;
import org.opengazette.model.Document;
import org.opengazette.model.GazetteIssue;
import org.opengazette.model.Status;
import org.opengazette.model.Version;
import org.opengazette.site.IssueContents;
import org.opengazette.site.RenderContext;
import org.opengazette.site.Urls;

/**
 * Builds the print models and PDF metadata from the same render context as the HTML pages: the
 * rendered body, the labels and the dates as the site writes them. Nothing laid out depends on
 * the as-of date (statuses change daily; a PDF is the document itself), so cached layouts stay
 * valid; what does, the 时效性 as of that date, is the {@link #stamp stamp} drawn afterwards.
 */
final class PrintModels {
    /** The label of the custom field that prints under the title (法规汇编's 题注). */
    static final String CAPTION_LABEL = "题注";

    /** A 发文字号 that is a 令's number: 中华人民共和国国务院令第786号, 云南省人民政府令第220号. */
    private static final Pattern ORDER = Pattern.compile("(.+令)(第[0-9０-９]+号)");

    private final RenderContext context;
    private final GlyphCoverage coverage;
    private final TitleLines titleLines;
    private final Signature signature;

    PrintModels(RenderContext context, GlyphCoverage coverage) {
        this.context = context;
        this.coverage = coverage;
        this.titleLines = new TitleLines(new TextWidths(PdfFonts.shared(), FontFace.BOLD));
        this.signature = new Signature(new TextWidths(PdfFonts.shared(), FontFace.REGULAR));
    }

    /**
     * The print model of a version. The 落款 (发文机关 and 成文日期) closes the document, unless the
     * body already carries it (a paragraph that is just the date, as in a 印发通知 with its text).
     */
    PrintDocument document(Version version, String anchor) {
        String date = context.date(dateOf(version));
        // Citation links in a PDF point to the published site.
        String html =
                context.body(version).html().replace(Urls.ROOT, context.config().baseUrl());
        List<String> issuers = version.issuers().stream().map(this::printable).toList();
        PrintBody.Converted body = PrintBody.convert(html, anchor, date, issuers, signature, coverage);
        boolean sign = !body.signedInBody();
        String title = printable(version.title());
        String docNumber = printable(version.docNumber());
        Matcher order = docNumber == null ? null : ORDER.matcher(docNumber);
        boolean isOrder = order != null && order.matches();
        return new PrintDocument(
                anchor,
                title,
                titleLines.lines(title),
                isOrder ? order.group(1) : null,
                isOrder ? order.group(2) : docNumber,
                caption(version),
                sign ? signature.lines(issuers, date) : List.of(),
                body.xhtml(),
                body.headings());
    }

    /**
     * The running line and watermark of a version: its date, its 时效性 as of the build's date and
     * the address of its page (when the site has an absolute {@code base_url}; a site without one
     * has no address to print), and the watermark of a version that is not in force.
     */
    PdfStamp stamp(Document document, Version version) {
        Status status = context.status(version);
        LocalDate date = version.dates().primary();
        String line = context.text("pdf.running-line")
                .replace("{version}", date != null ? context.date(date) : context.text("version.undated"))
                .replace("{status}", context.statusLabel(status))
                .replace("{date}", context.date(context.asOf()));
        String base = context.config().baseUrl();
        List<String> lines = base.startsWith("https://") || base.startsWith("http://")
                ? List.of(printable(line), base + Urls.pretty(context.urlOf(document, version)))
                : List.of(printable(line));
        String watermark = status == Status.IN_FORCE ? null : printable(context.text("pdf.watermark." + status.key()));
        return new PdfStamp(lines, watermark);
    }

    /**
     * The 题注 under the title: the entries of the custom field labelled 题注, joined and set in
     * parentheses. An entry's unmatched closing parenthesis (a stray "）" of the source, where the
     * entries were cut from one parenthesized text) is dropped, so the parentheses balance.
     */
    private String caption(Version version) {
        for (CustomField field : context.config().fields()) {
            Object value = version.fields().get(field.key());
            if (!field.label().equals(CAPTION_LABEL) || value == null) {
                continue;
            }
            List<String> entries = new ArrayList<>();
            for (Object entry : value instanceof Collection<?> items ? items : List.of(value)) {
                String text = String.valueOf(entry).strip();
                if (text.endsWith("）") && count(text, '）') > count(text, '（')) {
                    text = text.substring(0, text.length() - 1);
                }
                if (!text.isEmpty()) {
                    entries.add(text);
                }
            }
            return entries.isEmpty() ? null : printable("（" + String.join("\u3000", entries) + "）");
        }
        return null;
    }

    private static long count(String text, char c) {
        return text.chars().filter(x -> x == c).count();
    }

    PdfMetadata metadata(Version version) {
        String kind = context.kindLabel(version.kind());
        String subject = version.docNumber() != null ? kind + " " + version.docNumber() : kind;
        Set<String> keywords = new LinkedHashSet<>(version.topics());
        keywords.add(kind);
        return new PdfMetadata(
                printable(version.title()),
                version.issuers().isEmpty() ? null : printable(String.join("、", version.issuers())),
                printable(subject),
                printable(String.join(", ", keywords)),
                dateOf(version),
                context.config().language());
    }

    PrintIssue issue(GazetteIssue issue, List<IssueContents.Section> contents) {
        List<PrintIssue.Section> sections = new ArrayList<>();
        int documents = 0;
        for (IssueContents.Section section : contents) {
            List<PrintDocument> printed = new ArrayList<>();
            for (Version version : section.versions()) {
                printed.add(document(version, "d" + ++documents));
            }
            sections.add(new PrintIssue.Section(section.title(), "s" + (sections.size() + 1), List.copyOf(printed)));
        }
        String total = issue.total() == null
                ? null
                : context.text("pdf.issue-total").replace("{total}", String.valueOf(issue.total()));
        String name = context.config().gazette().name();
        String label = context.issueLabel(issue);
        return new PrintIssue(
                name,
                label,
                context.text("gazette.year-label").replace("{year}", String.valueOf(issue.year())),
                context.text("pdf.issue-number").replace("{number}", String.valueOf(issue.number())),
                total,
                context.date(issue.date()),
                printable(name + " " + label),
                masthead(context.config().gazette().masthead()),
                List.copyOf(sections));
    }

    private List<PrintIssue.MastheadLine> masthead(Masthead masthead) {
        List<PrintIssue.MastheadLine> lines = new ArrayList<>();
        String[][] parts = {
            {"pdf.supervisor", masthead.supervisor()},
            {"pdf.sponsor", masthead.sponsor()},
            {"pdf.publisher", masthead.publisher()},
            {"pdf.serial-number", masthead.serialNumber()}
        };
        for (String[] part : parts) {
            if (part[1] != null) {
                lines.add(new PrintIssue.MastheadLine(context.text(part[0]), printable(part[1])));
            }
        }
        return List.copyOf(lines);
    }

    PdfMetadata metadata(GazetteIssue issue, PrintIssue printed) {
        List<String> sectionTitles =
                printed.sections().stream().map(PrintIssue.Section::title).toList();
        return new PdfMetadata(
                printed.gazetteName() + " " + printed.label(),
                printed.gazetteName(),
                printed.gazetteName() + " " + printed.label(),
                String.join(", ", sectionTitles),
                issue.date(),
                context.config().language());
    }

    /** 成文日期, else 发布日期, else 施行日期: the date a reader expects under the text. */
    static LocalDate dateOf(Version version) {
        if (version.dates().signed() != null) {
            return version.dates().signed();
        }
        return version.dates().primary();
    }

    private String printable(String text) {
        return text == null ? null : coverage.printable(text);
    }
}
