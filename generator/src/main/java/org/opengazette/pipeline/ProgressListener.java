package org.opengazette.pipeline;

/** Hears where a build is, for a progress line on long builds. */
public interface ProgressListener {
    /** Hears nothing. */
    ProgressListener NONE = (stage, detail) -> {};

    /** A stage started or made progress; {@code detail} is short text such as "2902 documents". */
    void progress(String stage, String detail);
}
