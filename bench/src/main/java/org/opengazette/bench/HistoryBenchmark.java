package org.opengazette.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.opengazette.config.ConfigLoader;
import org.opengazette.config.SiteConfig;
import org.opengazette.diagnostic.Diagnostics;
import org.opengazette.diagnostic.Messages;
import org.opengazette.history.ContentLog;
import org.opengazette.history.GitHistory;
import org.opengazette.history.GitLog;
import org.opengazette.history.HistoryMemory;
import org.opengazette.history.SiteHistory;
import org.opengazette.load.ContentLoader;
import org.opengazette.load.LoadedContent;
import org.opengazette.model.Library;

/**
 * The cost of the history stage on a large repository: puts the corpus into a new git repository
 * (with JGit, in the work folder, never into this project) as {@code --commits} commits, first
 * the files in batches, then {@code --edits} commits that each change one seeded random file, at
 * fixed times one hour apart; checks out the work tree (and refreshes the index, as in a work
 * tree that is not brand new); then measures, {@code --runs} times each
 * after a warm-up, reading the log ({@link GitLog}), the whole stage as a build runs it ({@link
 * GitHistory}: log, dirty check, revisions of every document, the newest change sets) and the
 * stage again with the log remembered (a preview's rebuild after an edit), first with loose
 * objects and then after {@code git gc} packed them. Prints every figure and the medians.
 *
 * <pre>java org.opengazette.bench.HistoryBenchmark --project DIR --corpus DIR --work DIR
 *     [--commits 3000] [--edits 500] [--runs 15]</pre>
 */
public final class HistoryBenchmark {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private HistoryBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path project = Path.of(arg(args, "--project", "."));
        Path corpus = Path.of(arg(args, "--corpus", "../shared/corpus"));
        Path work = Path.of(arg(args, "--work", "target/history-bench"));
        int commits = Integer.parseInt(arg(args, "--commits", "3000"));
        int edits = Integer.parseInt(arg(args, "--edits", "500"));
        int runs = Integer.parseInt(arg(args, "--runs", "15"));

        Path repository = work.resolve("repository");
        Tree.delete(repository);
        Path content = repository.resolve("content");
        long start = System.nanoTime();
        List<String> files = corpusFiles(corpus);
        try (Git git = Git.init()
                .setDirectory(repository.toFile())
                .setInitialBranch("main")
                .call()) {
            commit(git.getRepository(), corpus, files, commits - edits, edits);
            git.reset().setMode(ResetCommand.ResetType.HARD).call();
            // The files were just written: wait out the file system's time resolution and record
            // their times in the index again, as a work tree that is not brand new has them (an
            // entry as new as the index itself is "racily clean" and read again on every status).
            Thread.sleep(2000);
            git.add().addFilepattern("content").call();
        }
        System.out.printf(
                "repository: %d files in %d commits (%d batches, %d single-file edits), made in %.1f s%n",
                files.size(), commits, commits - edits, edits, seconds(start));

        Library library = library(project, content);
        System.out.printf(
                "library: %d published documents%n", library.documents().size());
        measure("loose objects", repository, content, library, runs);
        try (Git git = Git.open(repository.toFile())) {
            long gc = System.nanoTime();
            git.gc().call();
            System.out.printf("git gc: %.1f s%n", seconds(gc));
        }
        measure("packed", repository, content, library, runs);
    }

    private static void measure(String label, Path repository, Path content, Library library, int runs)
            throws IOException {
        Diagnostics diagnostics = new Diagnostics(Messages.forLanguage("en"));
        List<Double> log = new ArrayList<>();
        List<Double> stage = new ArrayList<>();
        List<Double> remembered = new ArrayList<>();
        HistoryMemory preview = new HistoryMemory();
        ContentLog read = null;
        SiteHistory history = null;
        for (int run = -2; run < runs; run++) {
            try (Repository git = new FileRepositoryBuilder()
                    .setGitDir(repository.resolve(".git").toFile())
                    .build()) {
                long start = System.nanoTime();
                read = GitLog.read(git, git.resolve(Constants.HEAD), "content");
                record(log, run, start);
            }
            long start = System.nanoTime();
            history = GitHistory.read(
                    content, repository.resolve("site-config"), library, new HistoryMemory(), diagnostics);
            record(stage, run, start);
            start = System.nanoTime();
            GitHistory.read(content, repository.resolve("site-config"), library, preview, diagnostics);
            record(remembered, run, start);
        }
        System.out.printf(
                "%s: log of %d commits read in %s ms; history stage %s ms (%d documents with revisions,"
                        + " %d change sets, dirty %s); with the log remembered %s ms%n",
                label,
                read.commits().size(),
                summary(log),
                summary(stage),
                history.revisions().size(),
                history.changes().size(),
                history.version().dirty(),
                summary(remembered));
    }

    /** Commits the files in {@code batches} commits, then {@code edits} single-file edits. */
    private static void commit(Repository repository, Path corpus, List<String> files, int batches, int edits)
            throws IOException {
        DirCache index = DirCache.newInCore();
        ObjectId parent = null;
        Instant time = Instant.parse("2020-01-01T00:00:00Z");
        Random random = new Random(20261128);
        try (ObjectInserter inserter = repository.newObjectInserter()) {
            for (int batch = 0; batch < batches; batch++) {
                int from = (int) ((long) files.size() * batch / batches);
                int to = (int) ((long) files.size() * (batch + 1) / batches);
                DirCacheEditor editor = index.editor();
                for (String file : files.subList(from, to)) {
                    put(
                            editor,
                            "content/" + file,
                            inserter.insert(Constants.OBJ_BLOB, Files.readAllBytes(corpus.resolve(file))));
                }
                editor.finish();
                time = time.plusSeconds(3600);
                parent = commit(inserter, index, parent, time, "Add documents " + from + "–" + to);
            }
            for (int edit = 0; edit < edits; edit++) {
                String file = files.get(random.nextInt(files.size()));
                DirCacheEntry entry = index.getEntry("content/" + file);
                byte[] before = repository.open(entry.getObjectId()).getBytes();
                byte[] after = (new String(before, StandardCharsets.UTF_8) + "\n（第" + edit + "次修订）\n")
                        .getBytes(StandardCharsets.UTF_8);
                DirCacheEditor editor = index.editor();
                put(editor, "content/" + file, inserter.insert(Constants.OBJ_BLOB, after));
                editor.finish();
                time = time.plusSeconds(3600);
                parent = commit(inserter, index, parent, time, "Correct " + file);
            }
            inserter.flush();
        }
        RefUpdate head = repository.updateRef("refs/heads/main");
        head.setNewObjectId(parent);
        head.forceUpdate();
    }

    private static ObjectId commit(
            ObjectInserter inserter, DirCache index, ObjectId parent, Instant time, String message) throws IOException {
        PersonIdent person = new PersonIdent("编辑甲", "editor@example.gov.cn", time, SHANGHAI);
        CommitBuilder commit = new CommitBuilder();
        commit.setTreeId(index.writeTree(inserter));
        if (parent != null) {
            commit.setParentId(parent);
        }
        commit.setAuthor(person);
        commit.setCommitter(person);
        commit.setMessage(message + "\n");
        return inserter.insert(commit);
    }

    private static void put(DirCacheEditor editor, String path, ObjectId blob) {
        editor.add(new DirCacheEditor.PathEdit(path) {
            @Override
            public void apply(DirCacheEntry entry) {
                entry.setFileMode(FileMode.REGULAR_FILE);
                entry.setObjectId(blob);
            }
        });
    }

    /** The corpus's document files, relative to it, sorted ({@code README.md} and the query lists left out). */
    private static List<String> corpusFiles(Path corpus) throws IOException {
        try (Stream<Path> walk = Files.walk(corpus)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file ->
                            file.getParent() != null && !file.getParent().equals(corpus))
                    .map(file -> corpus.relativize(file).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }

    private static Library library(Path project, Path content) {
        Diagnostics diagnostics = new Diagnostics(Messages.forLanguage("zh-CN"));
        SiteConfig config = new ConfigLoader(project.resolve("site-config"), Path::toString, diagnostics).load();
        LoadedContent loaded = new ContentLoader(content, config, Path::toString, diagnostics).load();
        return new Library(loaded.documents(), loaded.issues(), loaded.pages()).publishable();
    }

    private static void record(List<Double> times, int run, long start) {
        if (run >= 0) {
            times.add((System.nanoTime() - start) / 1e6);
        }
    }

    private static String summary(List<Double> times) {
        Percentiles p = Percentiles.of(times);
        StringBuilder all = new StringBuilder();
        times.forEach(t -> all.append(all.length() == 0 ? "" : ", ").append(String.format("%.0f", t)));
        return String.format("median %.0f (p95 %.0f; %s)", p.median(), p.p95(), all);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static String arg(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
