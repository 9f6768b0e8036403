package org.opengazette.diagnostic;

/**
 * A place in an input file. The file is shown as given (normally relative to the project
 * directory, with forward slashes); line and column are 1-based, and 0 means "unknown".
 */
public record SourcePosition(String file, int line, int column) implements Comparable<SourcePosition> {

    /**
     * How diagnostics name a file: relative to the working directory when it lies inside it
     * (so that editors and terminals can open it), absolute otherwise; forward slashes.
     */
    public static String display(java.nio.file.Path path) {
        java.nio.file.Path absolute = path.toAbsolutePath().normalize();
        java.nio.file.Path workingDirectory = java.nio.file.Path.of("").toAbsolutePath();
        java.nio.file.Path shown =
                absolute.startsWith(workingDirectory) ? workingDirectory.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }

    /** A position naming only a file. */
    public static SourcePosition of(String file) {
        return new SourcePosition(file, 0, 0);
    }

    /** A position at the start of a line. */
    public static SourcePosition of(String file, int line) {
        return new SourcePosition(file, line, line > 0 ? 1 : 0);
    }

    /** The same file, another place. */
    public SourcePosition at(int newLine, int newColumn) {
        return new SourcePosition(file, newLine, newColumn);
    }

    @Override
    public int compareTo(SourcePosition other) {
        int byFile = file.compareTo(other.file);
        if (byFile != 0) {
            return byFile;
        }
        int byLine = Integer.compare(line, other.line);
        return byLine != 0 ? byLine : Integer.compare(column, other.column);
    }

    /** {@code file:line:column}, leaving out the parts that are unknown. */
    @Override
    public String toString() {
        if (line <= 0) {
            return file;
        }
        return file + ":" + line + ":" + Math.max(column, 1);
    }
}
