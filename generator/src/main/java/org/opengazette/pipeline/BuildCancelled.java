package org.opengazette.pipeline;

/**
 * Thrown by {@link Pipeline#build(java.util.function.BooleanSupplier)} when it was told to give up
 * (a preview's full rebuild, overtaken by a newer save): the previous site is left as it was.
 */
public final class BuildCancelled extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BuildCancelled(String stage) {
        super("build cancelled before " + stage);
    }
}
