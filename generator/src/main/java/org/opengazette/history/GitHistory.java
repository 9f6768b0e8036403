package org.opengazette.history;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.StatusCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.errors.RevWalkException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.submodule.SubmoduleWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.opengazette.diagnostic.Diagnostics;
import org.opengazette.diagnostic.Problem;
import org.opengazette.diagnostic.SourcePosition;
import org.opengazette.model.Library;

/**
 * The history stage. The content folder has a history when a git repository holds it: a
 * repository is found above the folder (as git finds it; a linked work tree too), HEAD is a
 * commit, and HEAD's tree has the folder (a folder that git ignores, or that was never committed,
 * has none). Then the log is read once ({@link GitLog}, remembered by HEAD in the {@link
 * HistoryMemory}), the working tree is compared with HEAD for the content and site-config
 * folders, and the log is filed under the published documents ({@link ChangeSets}).
 *
 * <p>Never a failure: a shallow clone gives the partial history and a {@code history-shallow}
 * warning; a repository that cannot be read gives no history and a {@code history-unreadable}
 * warning.
 */
public final class GitHistory {
    /** How many change sets the site's change log shows. */
    public static final int CHANGE_SETS = 100;

    private GitHistory() {}

    /**
     * The history of {@code content} for the documents of {@code published}.
     *
     * @param config the site-config folder (part of the dirty check when in the same work tree)
     */
    public static SiteHistory read(
            Path content, Path config, Library published, HistoryMemory memory, Diagnostics diagnostics) {
        Optional<Repository> found = open(content);
        if (found.isEmpty()) {
            return SiteHistory.NONE;
        }
        try (Repository repository = found.get()) {
            Path workTree = repository.getWorkTree().toPath().toRealPath();
            String prefix = relative(workTree, content).orElse(null);
            ObjectId head = repository.resolve(Constants.HEAD);
            if (prefix == null || head == null || !committed(repository, head, prefix)) {
                return SiteHistory.NONE;
            }
            String key = repository.getDirectory() + "\n" + prefix + "\n" + head.name();
            ContentLog log = memory.log(key, () -> GitLog.read(repository, head, prefix));
            if (log.partial()) {
                diagnostics.report(
                        Problem.HISTORY_SHALLOW,
                        SourcePosition.of(SourcePosition.display(content)),
                        SourcePosition.display(workTree));
            }
            boolean dirty = dirty(repository, prefix, relative(workTree, config));
            try (ObjectReader reader = repository.newObjectReader()) {
                ChangeSets sets = new ChangeSets(log, published, blob -> {
                    try {
                        return memory.facts(blob, reader);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                SiteHistory history = new SiteHistory(
                        new BuildVersion(head.name(), dirty), sets.revisions(), sets.newest(CHANGE_SETS));
                memory.endBuild();
                return history;
            }
        } catch (IOException | UncheckedIOException | GitAPIException | JGitInternalException | RevWalkException e) {
            diagnostics.report(
                    Problem.HISTORY_UNREADABLE,
                    SourcePosition.of(SourcePosition.display(content)),
                    SourcePosition.display(content),
                    String.valueOf(e.getMessage()));
            return SiteHistory.NONE;
        }
    }

    /** The repository above {@code folder}, if any (the environment's GIT_DIR is not read). */
    private static Optional<Repository> open(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(folder.toFile());
        if (builder.getGitDir() == null) {
            return Optional.empty();
        }
        try {
            Repository repository = builder.setMustExist(true).build();
            if (repository.isBare()) {
                repository.close();
                return Optional.empty();
            }
            return Optional.of(repository);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** {@code folder} relative to the work tree with {@code /} separators, when it is inside it. */
    private static Optional<String> relative(Path workTree, Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        Path real = folder.toRealPath();
        if (!real.startsWith(workTree)) {
            return Optional.empty();
        }
        return Optional.of(workTree.relativize(real).toString().replace('\\', '/'));
    }

    /** Whether HEAD's tree has the content folder. */
    private static boolean committed(Repository repository, ObjectId head, String prefix) throws IOException {
        if (prefix.isEmpty()) {
            return true;
        }
        try (RevWalk walk = new RevWalk(repository)) {
            RevCommit commit = walk.parseCommit(head);
            try (TreeWalk tree = TreeWalk.forPath(repository, prefix, commit.getTree())) {
                return tree != null && tree.isSubtree();
            }
        }
    }

    /** Whether the content or site-config folder has changes, added or deleted files that git does not ignore. */
    private static boolean dirty(Repository repository, String content, Optional<String> config)
            throws GitAPIException {
        StatusCommand status = Git.wrap(repository).status().setIgnoreSubmodules(SubmoduleWalk.IgnoreSubmoduleMode.ALL);
        if (!content.isEmpty() && config.map(c -> !c.isEmpty()).orElse(true)) {
            status.addPath(content);
            config.ifPresent(status::addPath);
        }
        return !status.call().isClean();
    }
}
