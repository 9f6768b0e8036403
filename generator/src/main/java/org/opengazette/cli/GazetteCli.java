package org.opengazette.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code gazette} command: {@code build}, {@code check}, {@code serve}, {@code search}, {@code
 * new} and {@code theme export}.
 */
@Command(
        name = "gazette",
        mixinStandardHelpOptions = true,
        versionProvider = GazetteCli.Version.class,
        subcommands = {
            BuildCommand.class,
            CheckCommand.class,
            ServeCommand.class,
            SearchCommand.class,
            NewCommand.class,
            ThemeCommand.class
        },
        description = "OpenGazette: publish a government gazette and regulations library as a static site.")
public final class GazetteCli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code (0 ok, 1 content errors, 2 usage errors). */
    public static int execute(String... args) {
        CommandLine commandLine = new CommandLine(new GazetteCli()).setCaseInsensitiveEnumValuesAllowed(true);
        // a search word may start with "-" (-词 excludes it): not an unknown option
        commandLine.getSubcommands().get("search").setUnmatchedOptionsArePositionalParams(true);
        return commandLine.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(), "a command is required: build, check, serve, search, new or theme");
    }

    /** The version from the jar manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = GazetteCli.class.getPackage().getImplementationVersion();
            return new String[] {"OpenGazette " + (version != null ? version : "dev")};
        }
    }
}
