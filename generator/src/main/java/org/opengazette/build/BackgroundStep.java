package org.opengazette.build;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * A step of the build that runs on its own thread while the build goes on (the search index is
 * made while the pages are rendered: both only read the model). {@link #await()} returns its
 * result or rethrows its failure; {@link #close()} waits for it without rethrowing, so that the
 * step never writes into a staging folder that is being removed.
 *
 * @param <T> what the step returns
 */
final class BackgroundStep<T> implements AutoCloseable {
    private final CompletableFuture<T> result = new CompletableFuture<>();
    private volatile long millis;

    private BackgroundStep(String name, Supplier<T> work) {
        Thread thread = new Thread(() -> {
            long start = System.nanoTime();
            try {
                result.complete(work.get());
            } catch (Throwable failure) {
                result.completeExceptionally(failure);
            } finally {
                millis = (System.nanoTime() - start) / 1_000_000;
            }
        }, "gazette-" + name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts {@code work} on a new thread named after the step. */
    static <T> BackgroundStep<T> start(String name, Supplier<T> work) {
        return new BackgroundStep<>(name, work);
    }

    /** Waits for the step; its result, or its failure rethrown unchecked. */
    T await() {
        try {
            return result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** How long the step itself ran, once it has ended. */
    long millis() {
        return millis;
    }

    /** Waits for the step to end, ignoring its outcome (which {@link #await()} reports). */
    @Override
    public void close() {
        try {
            result.handle((value, failure) -> null).join();
        } catch (CompletionException ignored) {
            // handle() never completes exceptionally
        }
    }
}
