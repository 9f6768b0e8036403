package org.opengazette.cli;

import java.util.concurrent.Callable;
import org.opengazette.pipeline.BuildReporter;
import org.opengazette.pipeline.BuildResult;
import org.opengazette.pipeline.Pipeline;
import org.opengazette.pipeline.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code gazette check}: report every problem of the content, write nothing. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description =
                "Check the content and print every problem at once; exit 1 on errors (or warnings with --strict).")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    InputOptions inputs;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "Diagnostics format: text, json or github (default: text).")
    BuildCommand.DiagnosticFormat format;

    @Option(names = "--quiet", description = "Errors only (warnings are counted in the summary).")
    boolean quiet;

    @Override
    public Integer call() {
        BuildResult result = Pipeline.check(inputs.request(), ProgressListener.NONE);
        BuildReporter.print(result, format.formatter(), quiet, System.out, System.err);
        return result.success() ? 0 : 1;
    }
}
