package org.opengazette.pipeline;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Times the stages of one build and tells the progress listener where the build is. */
final class StageClock {
    private final ProgressListener progress;
    private final BooleanSupplier cancelled;
    private final Map<String, Long> millis = new LinkedHashMap<>();

    /** @param cancelled asked before each stage: when true, the build gives up ({@link BuildCancelled}) */
    StageClock(ProgressListener progress, BooleanSupplier cancelled) {
        this.progress = progress;
        this.cancelled = cancelled;
    }

    /** Runs {@code work} as (part of) stage {@code name}; a stage run twice adds up. */
    <T> T time(String name, Supplier<T> work) {
        if (cancelled.getAsBoolean()) {
            throw new BuildCancelled(name);
        }
        progress.progress(name, "");
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            millis.merge(name, (System.nanoTime() - start) / 1_000_000, Long::sum);
        }
    }

    void run(String name, Runnable work) {
        time(name, () -> {
            work.run();
            return null;
        });
    }

    void progress(String stage, String detail) {
        progress.progress(stage, detail);
    }

    /** Wall time per stage so far, in the order the stages first ran. */
    Map<String, Long> millis() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(millis));
    }
}
