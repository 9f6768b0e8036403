package org.opengazette.cli;

import java.io.PrintStream;
import org.opengazette.pipeline.ProgressListener;

/** Prints one line per stage to the error stream, so a long build shows where it is. */
final class ProgressLine implements ProgressListener {
    private final PrintStream out;
    private String lastStage = "";

    ProgressLine(PrintStream out) {
        this.out = out;
    }

    @Override
    public synchronized void progress(String stage, String detail) {
        if (!stage.equals(lastStage) || !detail.isEmpty()) {
            out.println("gazette: " + stage + (detail.isEmpty() ? "" : " (" + detail + ")") + " …");
            lastStage = stage;
        }
    }
}
