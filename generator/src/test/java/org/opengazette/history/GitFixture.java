package org.opengazette.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.opengazette.fixtures.FileTrees;
import org.opengazette.fixtures.FixtureProject;

/**
 * A project folder (the diagnostics fixture's site-config, the repository's default theme) in a
 * git repository of its own, made with JGit, whose commits have fixed authors and times, so
 * that the history a build shows is the same on every run.
 */
final class GitFixture implements AutoCloseable {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final Path project;
    private final Git git;

    private GitFixture(Path project, Git git) {
        this.project = project;
        this.git = git;
    }

    /** A project with site-config and {@code content/pages/} (the theme is built in), not yet committed. */
    static GitFixture create(Path project) {
        FixtureProject.copy(project, java.util.List.of("pages"));
        try {
            Files.writeString(project.resolve(".gitignore"), "target/\n");
            return new GitFixture(
                    project,
                    Git.init()
                            .setDirectory(project.toFile())
                            .setInitialBranch("main")
                            .call());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    Path project() {
        return project;
    }

    Path content() {
        return project.resolve("content");
    }

    Git git() {
        return git;
    }

    /** Copies a file of the fixture's content tree (relative to {@code content/}) into the project. */
    GitFixture copy(String contentPath) {
        FileTrees.copy(
                FixtureProject.root().resolve("content").resolve(contentPath),
                content().resolve(contentPath));
        return this;
    }

    /** Writes a file of the project (relative to the project folder). */
    GitFixture write(String path, String text) {
        try {
            Path file = project.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Commits every change of the work tree at {@code time} (China Standard Time) as 编辑甲. */
    RevCommit commit(String time, String message) {
        Instant when = LocalDateTime.parse(time).atZone(SHANGHAI).toInstant();
        PersonIdent person = new PersonIdent("编辑甲", "editor@example.gov.cn", when, SHANGHAI);
        try {
            git.add().addFilepattern(".").call();
            git.add().addFilepattern(".").setUpdate(true).call();
            return git.commit()
                    .setMessage(message)
                    .setAuthor(person)
                    .setCommitter(person)
                    .setSign(false)
                    .call();
        } catch (GitAPIException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Makes the repository look like a shallow clone whose boundary is {@code commit}. */
    void shallowAt(RevCommit commit) {
        write(".git/shallow", commit.name() + "\n");
    }

    /** Removes the repository, leaving the project outside any repository. */
    void removeRepository() {
        git.close();
        FileTrees.delete(project.resolve(".git"));
    }

    @Override
    public void close() {
        git.close();
    }

    /** Every file of a site, for comparisons. */
    static Stream<Path> files(Path site) {
        try {
            return Files.walk(site).filter(Files::isRegularFile).sorted();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
