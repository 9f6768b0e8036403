package org.opengazette.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches folders and their subfolders (the JDK's {@link WatchService}, one key per folder;
 * new folders are watched as they appear) and reports each burst of changes once: an editor's
 * save often writes, renames and touches a file in a few milliseconds, so changes are collected
 * until {@link #QUIET_MILLIS} pass without another. A watched folder may be missing (a project
 * without {@code themes/}): its parent folder is watched for it, so that it is watched, and
 * reported, once it is created.
 */
final class ContentWatcher implements AutoCloseable {
    static final long QUIET_MILLIS = 60;

    private final WatchService service;
    private final List<Path> roots;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Thread thread;

    /**
     * Starts watching {@code roots} (absolute or relative; reported paths are absolute) and, for
     * their creation or deletion, their parent folders; {@code changed} hears the changed paths of
     * each burst.
     */
    ContentWatcher(List<Path> roots, Consumer<Set<Path>> changed) {
        this.roots =
                roots.stream().map(root -> root.toAbsolutePath().normalize()).toList();
        try {
            service = FileSystems.getDefault().newWatchService();
            for (Path root : this.roots) {
                if (Files.isDirectory(root)) {
                    watchTree(root);
                }
                if (root.getParent() != null && Files.isDirectory(root.getParent())) {
                    watch(root.getParent());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + roots, e);
        }
        thread = new Thread(() -> loop(changed), "gazette-watch");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop(Consumer<Set<Path>> changed) {
        try {
            while (true) {
                Set<Path> paths = new LinkedHashSet<>();
                collect(service.take(), paths);
                WatchKey more;
                while ((more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    collect(more, paths);
                }
                if (!paths.isEmpty()) {
                    changed.accept(paths);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // stopping
        }
    }

    private void collect(WatchKey key, Set<Path> paths) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (folder == null || event.kind() == StandardWatchEventKinds.OVERFLOW) {
                paths.add(folder == null ? Path.of("") : folder);
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            if (!roots.contains(path) && roots.stream().noneMatch(folder::startsWith)) {
                continue; // another entry of a root's parent folder
            }
            paths.add(path);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                try {
                    watchTree(path);
                } catch (IOException e) {
                    // the folder went away again; its parent's events still come
                }
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    private void watchTree(Path root) throws IOException {
        try (Stream<Path> tree = Files.walk(root)) {
            for (Path folder : tree.filter(Files::isDirectory).toList()) {
                watch(folder);
            }
        }
    }

    private void watch(Path folder) throws IOException {
        WatchKey key = folder.register(
                service,
                StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_DELETE,
                StandardWatchEventKinds.ENTRY_MODIFY);
        folders.put(key, folder);
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        thread.interrupt();
    }
}
