package org.opengazette.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.opengazette.config.NavItem;
import org.opengazette.history.ChangeSet;
import org.opengazette.history.Commit;
import org.opengazette.model.Document;
import org.opengazette.model.GazetteIssue;
import org.opengazette.model.Page;
import org.opengazette.model.Status;
import org.opengazette.model.Version;
import org.opengazette.site.DocumentSummary;
import org.opengazette.site.IssueContents;
import org.opengazette.site.RenderContext;
import org.opengazette.site.Urls;
import org.opengazette.statistics.YearTable;

/**
 * Decides every page of the site and its model. Each group of pages has its own method
 * ({@link #documentPages(Document)} for one document, {@link #browsePages()}, {@link
 * #gazettePages()} …), so that a preview can re-plan only what a change touches.
 */
public final class SitePlan {
    private static final int HOME_LATEST = 10;
    private static final int HOME_ISSUES = 6;

    private final RenderContext context;
    private final FacetIndex facetIndex;
    private final DocumentPages documentPages;
    private final ComparisonPages comparisonPages;
    private final HistoryViews history;
    private final List<YearTable> statistics;

    /**
     * @param context    the library and everything views need
     * @param statistics the annual disclosure statistics, newest year first
     * @param memory     comparisons remembered from the last render (for a rebuild)
     */
    public SitePlan(RenderContext context, List<YearTable> statistics, RenderMemory memory) {
        this.context = context;
        this.statistics = statistics;
        this.facetIndex = new FacetIndex(context);
        this.history = new HistoryViews(context);
        this.documentPages = new DocumentPages(context, facetIndex, history, new ArticleHistory(context, memory));
        this.comparisonPages = new ComparisonPages(context, memory);
    }

    /**
     * Every page of the site but the documents' own ({@link #documentPages}): the home page
     * first, then alias redirects, browse and gazette pages, static pages, statistics, the change log,
     * search and 404. A build plans each document's pages when it writes them, so that it never
     * holds the models of every document page at once.
     */
    public List<PageSpec> sitePages() {
        List<PageSpec> pages = new ArrayList<>();
        pages.add(homePage());
        pages.addAll(aliasPages());
        pages.addAll(browsePages());
        pages.addAll(gazettePages());
        context.library().pages().forEach(page -> pages.add(staticPage(page)));
        pages.add(new PageSpec(
                Urls.statistics(),
                "statistics.ftlh",
                context.text("statistics.title"),
                new Views.Statistics(statistics)));
        changesPage().ifPresent(pages::add);
        pages.add(new PageSpec(Urls.search(), "search.ftlh", context.text("search.title"), null));
        pages.add(new PageSpec("404.html", "404.ftlh", context.text("notfound.title"), null));
        return pages;
    }

    /** The navigation, resolved to links; a column whose page does not exist is left out. */
    public List<Link> navigation() {
        List<Link> links = new ArrayList<>();
        for (NavItem item : context.config().navigation()) {
            if (item.page() != null
                    && context.library().pages().stream()
                            .noneMatch(p -> p.slug().equals(item.page()))) {
                continue;
            }
            String url = item.page() != null ? Urls.page(item.page()) : item.link();
            if (url.endsWith("/")) {
                url += "index.html";
            }
            links.add(Link.of(item.label(), url));
        }
        return links;
    }

    PageSpec homePage() {
        List<DocumentSummary> latest = sortedNewestFirst(context.library().documents()).stream()
                .limit(HOME_LATEST)
                .map(context::summary)
                .toList();
        List<GazetteIssue> issues = new ArrayList<>(context.library().issues());
        java.util.Collections.reverse(issues);
        List<Link> issueLinks = issues.stream()
                .limit(HOME_ISSUES)
                .map(issue -> new Link(
                        documentPages.issueLabel(issue),
                        Urls.gazetteIssue(issue.year(), issue.number()),
                        context.date(issue.date())))
                .toList();
        long inForce = context.library().documents().stream()
                .filter(d -> context.status(context.applying(d)) == Status.IN_FORCE)
                .count();
        List<Link> counts = List.of(
                new Link(
                        context.text("home.count.documents"),
                        Urls.browseIndex(),
                        String.valueOf(context.library().documents().size())),
                new Link(
                        context.text("home.count.in-force"),
                        Urls.facetValue("status", Status.IN_FORCE.key(), 1),
                        String.valueOf(inForce)),
                new Link(
                        context.text("home.count.issues"),
                        Urls.gazette(),
                        String.valueOf(context.library().issues().size())));
        return new PageSpec(Urls.home(), "home.ftlh", null, new Views.HomePage(latest, issueLinks, counts));
    }

    /**
     * The pages of one document: its permanent URL and, with several versions, one page per
     * version and one comparison page per pair of versions.
     */
    public List<PageSpec> documentPages(Document document) {
        List<PageSpec> pages = new ArrayList<>();
        Version applying = context.applying(document);
        String path = Urls.document(document.id());
        LocalDate changed =
                context.history().lastChange(document.id()).map(Commit::date).orElse(null);
        pages.add(new PageSpec(
                path, "document.ftlh", applying.title(), documentPages.page(document, applying, path), changed));
        if (document.hasSeveralVersions()) {
            for (Version version : document.versions()) {
                String versionPath = Urls.version(document.id(), version.key());
                pages.add(new PageSpec(
                        versionPath,
                        "document.ftlh",
                        versionTitle(version),
                        documentPages.page(document, version, versionPath),
                        changed,
                        version == applying ? path : versionPath));
            }
            pages.addAll(comparisonPages.pages(document));
        }
        return pages;
    }

    /** The title of a version's own page: 中华人民共和国立法法（2015年3月15日版本·已修改）. */
    private String versionTitle(Version version) {
        LocalDate date = version.dates().primary();
        return context.text("version.page-title")
                .replace("{title}", version.title())
                .replace("{date}", date != null ? context.date(date) : context.text("version.undated"))
                .replace("{status}", context.statusLabel(context.status(version)));
    }

    /** The change log (网站更新记录), when the content has a git history. */
    public Optional<PageSpec> changesPage() {
        ChangesPage view = history.changes();
        if (view == null) {
            return Optional.empty();
        }
        List<ChangeSet> sets = context.history().changes();
        return Optional.of(new PageSpec(
                Urls.changes(),
                "changes.ftlh",
                context.text("changes.title"),
                view,
                sets.isEmpty() ? null : sets.get(0).commit().date()));
    }

    List<PageSpec> aliasPages() {
        List<PageSpec> pages = new ArrayList<>();
        for (Document document : context.library().documents()) {
            document.versions().stream()
                    .flatMap(v -> v.aliases().stream())
                    .distinct()
                    .sorted()
                    .forEach(alias -> {
                        Version applying = context.applying(document);
                        pages.add(new PageSpec(
                                Urls.document(alias),
                                "redirect.ftlh",
                                applying.title(),
                                new Views.Redirect(
                                        applying.title(),
                                        Urls.document(document.id()),
                                        context.config().baseUrl() + Urls.pretty(Urls.document(document.id())))));
                    });
        }
        return pages;
    }

    /** The browse overview, one overview per facet, and the paginated lists of each facet value. */
    public List<PageSpec> browsePages() {
        List<PageSpec> pages = new ArrayList<>();
        List<Link> facets = new ArrayList<>();
        for (Facet facet : Facet.values()) {
            Map<Facet.Value, List<Document>> groups = facetIndex.groups(facet);
            String heading = context.text("browse.by-" + facet.key());
            facets.add(new Link(
                    heading,
                    Urls.facet(facet.key()),
                    context.text("browse.values." + facet.key()).replace("{count}", String.valueOf(groups.size()))));
            List<Link> values = new ArrayList<>();
            groups.forEach((value, documents) -> {
                values.add(new Link(
                        value.label(),
                        Urls.facetValue(facet.key(), value.slug(), 1),
                        String.valueOf(documents.size())));
                pages.addAll(listingPages(facet, value, sortedNewestFirst(documents)));
            });
            pages.add(
                    new PageSpec(Urls.facet(facet.key()), "facet.ftlh", heading, new Views.LinkList(heading, values)));
        }
        String heading = context.text("browse.title");
        pages.add(new PageSpec(Urls.browseIndex(), "facet.ftlh", heading, new Views.LinkList(heading, facets)));
        return pages;
    }

    private List<PageSpec> listingPages(Facet facet, Facet.Value value, List<Document> documents) {
        int size = context.config().pageSize();
        int pageCount = Math.max(1, (documents.size() + size - 1) / size);
        List<Link> pageLinks = new ArrayList<>();
        for (int page = 1; page <= pageCount; page++) {
            pageLinks.add(Link.of(String.valueOf(page), Urls.facetValue(facet.key(), value.slug(), page)));
        }
        List<PageSpec> pages = new ArrayList<>();
        for (int page = 1; page <= pageCount; page++) {
            List<DocumentSummary> slice =
                    documents.subList((page - 1) * size, Math.min(documents.size(), page * size)).stream()
                            .map(context::summary)
                            .toList();
            Listing listing = new Listing(
                    value.label(),
                    facet.key(),
                    slice,
                    documents.size(),
                    page,
                    pageLinks,
                    page > 1 ? pageLinks.get(page - 2) : null,
                    page < pageCount ? pageLinks.get(page) : null);
            String title = pageCount > 1 ? value.label() + " (" + page + "/" + pageCount + ")" : value.label();
            pages.add(new PageSpec(Urls.facetValue(facet.key(), value.slug(), page), "listing.ftlh", title, listing));
        }
        return pages;
    }

    /** The gazette index, one page per year, one page per issue with its table of contents. */
    public List<PageSpec> gazettePages() {
        List<PageSpec> pages = new ArrayList<>();
        Map<Integer, List<GazetteIssue>> byYear = new TreeMap<>(Comparator.reverseOrder());
        context.library()
                .issues()
                .forEach(issue -> byYear.computeIfAbsent(issue.year(), y -> new ArrayList<>())
                        .add(issue));
        IssueContents contents = new IssueContents(context);
        List<GazetteList.Year> years = new ArrayList<>();
        byYear.forEach((year, issues) -> {
            String label = context.text("gazette.year-label").replace("{year}", String.valueOf(year));
            List<GazetteList.Issue> entries = new ArrayList<>();
            for (int i = issues.size() - 1; i >= 0; i--) {
                GazetteIssue issue = issues.get(i);
                entries.add(new GazetteList.Issue(
                        documentPages.issueLabel(issue),
                        Urls.gazetteIssue(issue.year(), issue.number()),
                        context.date(issue.date()),
                        context.downloads().pdf(issue)));
            }
            GazetteList.Year entry = new GazetteList.Year(year, label, Urls.gazetteYear(year), List.copyOf(entries));
            years.add(entry);
            String heading = context.config().gazette().name() + " " + label;
            pages.add(new PageSpec(
                    Urls.gazetteYear(year), "gazette-list.ftlh", heading, new GazetteList(heading, List.of(entry))));
        });
        String heading = context.config().gazette().name();
        pages.add(new PageSpec(Urls.gazette(), "gazette-list.ftlh", heading, new GazetteList(heading, years)));
        List<GazetteIssue> issues = context.library().issues();
        for (int i = 0; i < issues.size(); i++) {
            GazetteIssue issue = issues.get(i);
            Link previous = i > 0 ? issueLink(issues.get(i - 1)) : null;
            Link next = i + 1 < issues.size() ? issueLink(issues.get(i + 1)) : null;
            GazetteIssuePage view = new GazetteIssuePage(
                    documentPages.issueLabel(issue),
                    context.date(issue.date()),
                    sections(contents, issue),
                    previous,
                    next,
                    context.downloads().pdf(issue));
            pages.add(new PageSpec(
                    Urls.gazetteIssue(issue.year(), issue.number()),
                    "gazette-issue.ftlh",
                    context.config().gazette().name() + " " + view.label(),
                    view));
        }
        return pages;
    }

    private Link issueLink(GazetteIssue issue) {
        return Link.of(documentPages.issueLabel(issue), Urls.gazetteIssue(issue.year(), issue.number()));
    }

    /** The contents, each document with the page of the whole-issue PDF where it starts (when written). */
    private List<GazetteIssuePage.Section> sections(IssueContents contents, GazetteIssue issue) {
        List<Integer> starts = context.downloads().starts(issue);
        List<GazetteIssuePage.Section> sections = new ArrayList<>();
        int index = 0;
        for (IssueContents.Section section : contents.sections(issue)) {
            List<GazetteIssuePage.Entry> entries = new ArrayList<>();
            for (Version version : section.versions()) {
                Integer page = index < starts.size() ? starts.get(index) : null;
                entries.add(new GazetteIssuePage.Entry(versionSummary(version), page));
                index++;
            }
            sections.add(new GazetteIssuePage.Section(section.title(), List.copyOf(entries)));
        }
        return List.copyOf(sections);
    }

    private DocumentSummary versionSummary(Version version) {
        Document document = context.library().document(version.documentId()).orElseThrow();
        Status status = context.status(version);
        return new DocumentSummary(
                document.id(),
                version.title(),
                version.docNumber(),
                context.kindLabel(version.kind()),
                version.issuers(),
                context.date(version.dates().primary()),
                status.key(),
                context.statusLabel(status),
                context.urlOf(document, version));
    }

    PageSpec staticPage(Page page) {
        return new PageSpec(
                Urls.page(page.slug()),
                "page.ftlh",
                page.title(),
                new Views.StaticPage(
                        page.title(), context.bodies().of(page.sourcePath()).html()));
    }

    /** Newest first by the date of the applying version (undated last), then by id. */
    private List<Document> sortedNewestFirst(List<Document> documents) {
        List<Document> sorted = new ArrayList<>(documents);
        sorted.sort(Comparator.comparing(
                        (Document d) -> context.applying(d).dates().primary(),
                        Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Document::id));
        return sorted;
    }
}
