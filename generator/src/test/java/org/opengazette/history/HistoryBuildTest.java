package org.opengazette.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.jgit.revwalk.RevCommit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opengazette.diagnostic.Diagnostic;
import org.opengazette.fixtures.FixtureProject;
import org.opengazette.pipeline.BuildRequest;
import org.opengazette.pipeline.BuildResult;
import org.opengazette.pipeline.Pipeline;
import org.opengazette.pipeline.ProgressListener;

/**
 * The git history on the site, on a repository made here with fixed commit times (China
 * Standard Time): a rule is added, a document that is not public is added, the rule's typo is
 * corrected, a law that repeals the rule is added, the hidden document is edited, a notice is
 * added with its attachment, the attachment alone is corrected, and the notice is repealed by
 * an act outside the library ({@code repealed:}).
 */
class HistoryBuildTest {
    private static final String SECRET_TITLE = "内部工作方案（不予公开）";
    private static final String SECRET_MESSAGE = "Draft the internal work plan";

    @TempDir
    Path folder;

    private GitFixture repository;
    private final List<RevCommit> commits = new ArrayList<>();

    @BeforeEach
    void makeRepository() {
        repository = GitFixture.create(folder.resolve("project"));
        repository.copy("documents/council-1985-urban-tax.md");
        commits.add(repository.commit("2024-01-10T10:00:00", "收录城市维护建设税暂行条例"));
        repository.write("content/documents/internal-plan.md", """
                ---
                title: "%s"
                kind: notice
                issuer: ["国务院"]
                published: 2024-01-20
                disclosure: not_public
                ---

                内部工作安排。
                """.formatted(SECRET_TITLE));
        commits.add(repository.commit("2024-02-01T09:30:00", SECRET_MESSAGE));
        FixtureProject.edit(repository.content().resolve("documents/council-1985-urban-tax.md"), "特制定本条例", "特制定本条例。");
        commits.add(repository.commit("2024-03-05T16:45:00", "更正暂行条例第一条的标点\n\n校对发现多余的标点。"));
        repository.copy("documents/npc-2020-urban-tax.md");
        commits.add(repository.commit("2024-04-02T11:00:00", "收录城市维护建设税法"));
        FixtureProject.edit(repository.content().resolve("documents/internal-plan.md"), "内部工作安排。", "内部工作安排（修订）。");
        commits.add(repository.commit("2024-04-20T08:00:00", "Revise the internal plan"));
        repository
                .copy("documents/yn-2020-disclosure.md")
                .copy("documents/attachments")
                .copy("gazette/2020-17.yaml");
        commits.add(repository.commit("2024-05-06T10:00:00", "收录2020年政务公开工作要点"));
        FixtureProject.edit(repository.content().resolve("documents/attachments/2020年云南省政务公开工作要点.txt"), "。", "；");
        commits.add(repository.commit("2024-05-20T14:00:00", "更正附件"));
        FixtureProject.edit(
                repository.content().resolve("documents/yn-2020-disclosure.md"),
                "topics:",
                "repealed: {date: 2024-06-01, by: \"演示决定\"}\ntopics:");
        commits.add(repository.commit("2024-06-01T09:00:00", "工作要点废止"));
    }

    @AfterEach
    void closeRepository() {
        repository.close();
    }

    @Test
    void documentPageShowsLastUpdateAndRevisions() {
        Path site = build(repository.project(), "site");
        Document page = page(site, "docs/council-1985-urban-tax/index.html");
        Element section = page.selectFirst("section.history");
        assertNotNull(section, "a history section");
        assertEquals("修订记录", section.selectFirst("h2").text());
        Element lastUpdate = section.selectFirst("p time");
        assertEquals("2024-03-05T16:45:00+08:00", lastUpdate.attr("datetime"), "the typo's correction");
        assertTrue(section.selectFirst("p").text().startsWith("最后更新"), section.text());
        List<String> revisions =
                section.select("ol.revisions > li").stream().map(Element::text).toList();
        assertEquals(2, revisions.size(), revisions.toString());
        assertTrue(revisions.get(0).contains("更正暂行条例第一条的标点"), revisions.get(0));
        assertFalse(revisions.get(0).contains("校对发现"), "the first line of the message only");
        assertTrue(revisions.get(0).contains(commits.get(2).name().substring(0, 7)), revisions.get(0));
        assertTrue(revisions.get(1).contains("收录城市维护建设税暂行条例"), revisions.get(1));
        assertFalse(page.text().contains("editor@example.gov.cn"), "no authors unless site.yaml asks");
        assertFalse(page.text().contains("编辑甲"), "no authors unless site.yaml asks");

        Element attachmentChange =
                page(site, "docs/yn-2020-disclosure/index.html").selectFirst("section.history");
        assertEquals(3, attachmentChange.select("ol.revisions > li").size(), "the attachment's commits count too");
        assertTrue(attachmentChange.select("ol.revisions > li").get(1).text().contains("更正附件"));
    }

    @Test
    void changeLogAndFeedListAddedModifiedAndRepealedForPublishedDocumentsOnly() {
        Path site = build(repository.project(), "site");
        Document changes = page(site, "changes/index.html");
        assertEquals("网站更新记录", changes.selectFirst("h1").text());
        List<String> sets =
                changes.select("section.change-set").stream().map(Element::text).toList();
        assertEquals(6, sets.size(), "the two commits of the hidden document are left out: " + sets);
        assertTrue(sets.get(0).contains("废止 《2020年") || sets.get(0).contains("废止 云南省"), sets.get(0));
        assertTrue(sets.get(1).contains("更正附件") && sets.get(1).contains("修改"), sets.get(1));
        assertTrue(sets.get(2).contains("新增"), sets.get(2));
        assertTrue(sets.get(3).contains("新增 中华人民共和国城市维护建设税法"), sets.get(3));
        assertTrue(sets.get(3).contains("废止 中华人民共和国城市维护建设税暂行条例"), "repealed by the new law's repeals:");
        assertTrue(sets.get(4).contains("修改 中华人民共和国城市维护建设税暂行条例"), sets.get(4));
        assertTrue(sets.get(5).contains("新增 中华人民共和国城市维护建设税暂行条例"), sets.get(5));
        assertEquals(
                "2024-06-01T09:00:00+08:00",
                changes.selectFirst("section.change-set time").attr("datetime"));
        assertNotNull(
                page(site, "index.html").selectFirst("footer a[href$=changes/index.html]"), "linked from the footer");

        String feed = text(site, "feeds/changes.xml");
        assertEquals(6, feed.split("<entry>", -1).length - 1, feed);
        assertTrue(feed.contains("<title>更正暂行条例第一条的标点</title>"), feed);
        assertTrue(feed.contains("<updated>2024-03-05T16:45:00+08:00</updated>"), feed);
        assertTrue(
                feed.contains("修改 &lt;a href=&quot;https://gazette.example.gov.cn/docs/council-1985-urban-tax/"), feed);
        assertTrue(feed.contains("新增 &lt;a") && feed.contains("废止 &lt;a"), feed);
    }

    @Test
    void aDocumentThatIsNotPublicLeavesNoTraceAnywhere() {
        Path site = build(repository.project(), "site");
        List<String> leaks = GitFixture.files(site)
                .filter(file -> {
                    String text = new String(bytes(file), StandardCharsets.UTF_8);
                    return text.contains(SECRET_TITLE)
                            || text.contains("internal-plan")
                            || text.contains(SECRET_MESSAGE)
                            || text.contains("Revise the internal plan")
                            || text.contains(commits.get(1).name().substring(0, 7));
                })
                .map(file -> site.relativize(file).toString())
                .toList();
        assertEquals(List.of(), leaks);
    }

    @Test
    void sitemapHasTheLastChangeOfEachDocumentPage() {
        Path site = build(repository.project(), "site");
        String sitemap = text(site, "sitemap.xml");
        assertTrue(
                sitemap.contains("<loc>https://gazette.example.gov.cn/docs/council-1985-urban-tax/</loc>"
                        + "<lastmod>2024-03-05</lastmod>"),
                sitemap);
        assertTrue(
                sitemap.contains("<loc>https://gazette.example.gov.cn/changes/</loc><lastmod>2024-06-01</lastmod>"),
                sitemap);
        assertTrue(sitemap.contains("<loc>https://gazette.example.gov.cn/</loc></url>"), "the home page has none");
    }

    @Test
    void manifestAndFooterNameTheCommitAndADirtyTree() {
        String head = commits.get(commits.size() - 1).name();
        Path site = build(repository.project(), "clean");
        JsonNode manifest = json(site, "manifest.json");
        assertEquals(head, manifest.get("commit").asText());
        assertFalse(manifest.get("dirty").asBoolean());
        assertTrue(manifest.get("version").asText().startsWith("content-"), "the content hash stays");
        assertEquals(
                head.substring(0, 7),
                page(site, "index.html").selectFirst("footer code").text());

        FixtureProject.edit(repository.content().resolve("documents/npc-2020-urban-tax.md"), "第一条", "第 一 条");
        Path dirty = build(repository.project(), "dirty");
        assertEquals(head, json(dirty, "manifest.json").get("commit").asText());
        assertTrue(json(dirty, "manifest.json").get("dirty").asBoolean());
        assertEquals(
                head.substring(0, 7) + "-dirty",
                page(dirty, "index.html").selectFirst("footer code").text());
    }

    @Test
    void aContentFolderOutsideAnyRepositoryGivesTheSiteWithoutHistory() {
        Path withoutHistory = build(request(repository.project(), "no-history").withHistory(false));
        repository.removeRepository();
        Path outside = build(repository.project(), "outside");
        assertFalse(Files.exists(outside.resolve("changes")), "no change log");
        assertFalse(Files.exists(outside.resolve("feeds/changes.xml")), "no change feed");
        assertFalse(json(outside, "manifest.json").has("commit"));
        assertNotNull(page(outside, "docs/council-1985-urban-tax/index.html").selectFirst("section.metadata"));
        assertEquals(
                null, page(outside, "docs/council-1985-urban-tax/index.html").selectFirst("section.history"));
        assertSameTrees(withoutHistory, outside);
    }

    @Test
    void aShallowCloneGivesAWarningAndThePartialHistory() {
        repository.shallowAt(commits.get(4));
        BuildResult result = Pipeline.build(request(repository.project(), "shallow"), ProgressListener.NONE);
        assertTrue(result.success(), () -> result.diagnostics().toString());
        assertTrue(
                result.diagnostics().stream().map(Diagnostic::code).anyMatch("history-shallow"::equals),
                () -> result.diagnostics().toString());
        Path site = result.output();
        List<String> sets = page(site, "changes/index.html").select("section.change-set").stream()
                .map(Element::text)
                .toList();
        assertEquals(3, sets.size(), "the commits after the boundary: " + sets);
        assertEquals(
                null,
                page(site, "docs/council-1985-urban-tax/index.html").selectFirst("section.history"),
                "no commit after the boundary changed it");
        assertEquals(
                3,
                page(site, "docs/yn-2020-disclosure/index.html")
                        .select("section.history ol.revisions > li")
                        .size());
    }

    @Test
    void aRepositoryThatCannotBeReadGivesAWarningAndNoHistory() throws IOException {
        String tree = commits.get(2).getTree().name();
        Files.delete(repository.project().resolve(".git/objects/" + tree.substring(0, 2) + "/" + tree.substring(2)));
        BuildResult result = Pipeline.build(request(repository.project(), "unreadable"), ProgressListener.NONE);
        assertTrue(result.success(), () -> result.diagnostics().toString());
        assertTrue(
                result.diagnostics().stream().map(Diagnostic::code).anyMatch("history-unreadable"::equals),
                () -> result.diagnostics().toString());
        assertFalse(Files.exists(result.output().resolve("changes")), "no change log");
        assertFalse(json(result.output(), "manifest.json").has("commit"));
    }

    @Test
    void twoBuildsOfOneCommitAreByteIdentical() {
        assertSameTrees(build(repository.project(), "first"), build(repository.project(), "second"));
    }

    @Test
    void anIncrementalBuildAfterAnEditEqualsAFreshBuild() {
        BuildRequest request = request(repository.project(), "preview");
        Pipeline preview = new Pipeline(request, ProgressListener.NONE);
        assertTrue(preview.build().success());
        FixtureProject.edit(repository.content().resolve("documents/npc-2020-urban-tax.md"), "第一条", "第 一 条");
        assertTrue(preview.build().success());
        assertSameTrees(request.output(), build(repository.project(), "fresh"));
    }

    @Test
    void authorsAreShownWhenSiteYamlAsksForThem() {
        try {
            Path siteYaml = repository.project().resolve("site-config/site.yaml");
            Files.writeString(siteYaml, Files.readString(siteYaml) + "history: {authors: true}\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path site = build(repository.project(), "authors");
        String revisions = page(site, "docs/council-1985-urban-tax/index.html")
                .selectFirst("section.history")
                .text();
        assertTrue(revisions.contains("编辑甲") && revisions.contains("editor@example.gov.cn"), revisions);
        assertTrue(text(site, "feeds/changes.xml")
                .contains("<author><name>编辑甲</name><email>editor@example.gov.cn</email></author>"));
    }

    private BuildRequest request(Path project, String name) {
        return FixtureProject.request(project)
                .withOutput(folder.resolve("sites").resolve(name))
                .withPdf(FixtureProject.request(project).pdf().withEnabled(false))
                .withSearch(false);
    }

    private Path build(Path project, String name) {
        return build(request(project, name));
    }

    private static Path build(BuildRequest request) {
        BuildResult result = Pipeline.build(request, ProgressListener.NONE);
        assertTrue(result.success(), () -> result.diagnostics().toString());
        return result.output();
    }

    private static void assertSameTrees(Path expected, Path actual) {
        List<String> expectedFiles = relative(expected);
        assertEquals(expectedFiles, relative(actual), "the same files");
        List<String> differing = expectedFiles.stream()
                .filter(file -> !Arrays.equals(bytes(expected.resolve(file)), bytes(actual.resolve(file))))
                .toList();
        assertEquals(List.of(), differing, "files that differ");
    }

    private static List<String> relative(Path site) {
        return GitFixture.files(site)
                .map(file -> site.relativize(file).toString())
                .toList();
    }

    private static Document page(Path site, String path) {
        return Jsoup.parse(text(site, path));
    }

    private static JsonNode json(Path site, String path) {
        try {
            return new ObjectMapper().readTree(site.resolve(path).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Path site, String path) {
        return new String(bytes(site.resolve(path)), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
