package org.opengazette.output;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What the last build wrote and from which model, for the next build with the same settings (a
 * preview's): a file whose model equals the remembered one (models are records, lists and maps,
 * so equal means equal in every value) is not made again, and when the previous site holds it, it
 * is linked without being encoded or hashed. {@link #endBuild()} forgets what the build did not
 * write, so the memory does not grow with edits.
 */
public final class WriteMemory {
    private Map<String, Written> last = new ConcurrentHashMap<>();
    private Map<String, Written> next = new ConcurrentHashMap<>();

    private record Written(Object model, String text, OutputFile file) {}

    /**
     * Writes the text {@code make} makes from {@code model} to {@code path}, or the remembered text
     * when the model is equal. {@code make} may return null (it failed and reported why): then
     * nothing is written and null is returned.
     */
    public OutputFile write(SiteOutput output, String path, Object model, Supplier<String> make) {
        Written written = last.get(path);
        if (written != null && written.model().equals(model)) {
            next.put(path, written);
            return output.write(path, written.text(), written.file());
        }
        String text = make.get();
        if (text == null) {
            return null;
        }
        OutputFile file = output.write(path, text);
        next.put(path, new Written(model, text, file));
        return file;
    }

    /** Ends a build: what it wrote is what the next build may reuse. */
    public void endBuild() {
        last = next;
        next = new ConcurrentHashMap<>();
    }
}
