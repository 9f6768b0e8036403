package org.opengazette.output;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What the last build wrote and from which model, for the next build with the same settings (a
 * preview's): a file whose model equals the remembered one (models are records, lists and maps,
 * so equal means equal in every value) is linked from the previous site without being made,
 * encoded or hashed again (it is made again only when the previous site no longer holds it: the
 * memory keeps models, not texts). A build in a new process finds the same in the site's
 * {@link WriteLedger}, by the model's {@link Fingerprint}. {@link #endBuild()} forgets what the
 * build did not write, so the memory does not grow with edits. A build that will not be followed
 * by another in the same process uses {@link #none()}, which keeps no model.
 */
public final class WriteMemory {
    private final boolean remembers;
    private Map<String, Written> last = new ConcurrentHashMap<>();
    private Map<String, Written> next = new ConcurrentHashMap<>();

    /** A memory that keeps what each build wrote for the next. */
    public WriteMemory() {
        this(true);
    }

    private WriteMemory(boolean remembers) {
        this.remembers = remembers;
    }

    /** A memory that keeps nothing (the site's ledger still records each file's fingerprint). */
    public static WriteMemory none() {
        return new WriteMemory(false);
    }

    /** A file written: its model, the model's fingerprint (null until needed), the file. */
    private record Written(Object model, String fingerprint, OutputFile file) {}

    /**
     * Writes the text {@code make} makes from {@code model} to {@code path}, or links the file of
     * the previous site when it was made from an equal model. {@code make} may return null (it
     * failed and reported why): then nothing is written and null is returned.
     */
    public OutputFile write(SiteOutput output, String path, Object model, Supplier<String> make) {
        WriteLedger ledger = output.ledger();
        Written written = last.get(path);
        if (written != null && written.model().equals(model)) {
            OutputFile file = output.linkPrevious(path, written.file());
            if (file != null) {
                String fingerprint = ledger.enabled() && written.fingerprint() == null
                        ? Fingerprint.of(model).orElse(null)
                        : written.fingerprint();
                remember(ledger, path, new Written(model, fingerprint, file));
                return file;
            }
        }
        String fingerprint = ledger.enabled() ? Fingerprint.of(model).orElse(null) : null;
        WriteLedger.Entry recorded = ledger.previous(path);
        if (fingerprint != null && recorded != null && recorded.fingerprint().equals(fingerprint)) {
            OutputFile file = output.linkPrevious(path, recorded.file());
            if (file != null) {
                remember(ledger, path, new Written(model, fingerprint, file));
                return file;
            }
        }
        String text = make.get();
        if (text == null) {
            return null;
        }
        OutputFile file = output.write(path, text);
        remember(ledger, path, new Written(model, fingerprint, file));
        return file;
    }

    private void remember(WriteLedger ledger, String path, Written written) {
        if (remembers) {
            next.put(path, written);
        }
        if (written.fingerprint() != null) {
            ledger.record(written.fingerprint(), written.file());
        }
    }

    /** Ends a build: what it wrote is what the next build may reuse. */
    public void endBuild() {
        last = next;
        next = new ConcurrentHashMap<>();
    }
}
