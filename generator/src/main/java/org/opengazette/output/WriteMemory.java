package org.opengazette.output;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What the last build wrote and from which model, for the next build with the same settings (a
 * preview's): a file whose model equals the remembered one (models are records, lists and maps,
 * so equal means equal in every value) is not made again, and when the previous site holds it, it
 * is linked without being encoded or hashed. A build in a new process finds the same in the site's
 * {@link WriteLedger}, by the model's {@link Fingerprint}. {@link #endBuild()} forgets what the
 * build did not write, so the memory does not grow with edits.
 */
public final class WriteMemory {
    private Map<String, Written> last = new ConcurrentHashMap<>();
    private Map<String, Written> next = new ConcurrentHashMap<>();

    /** A file written: its model, the model's fingerprint (null until needed), its text (null when linked), the file. */
    private record Written(Object model, String fingerprint, String text, OutputFile file) {}

    /**
     * Writes the text {@code make} makes from {@code model} to {@code path}, or links the file of
     * the previous site when it was made from an equal model. {@code make} may return null (it
     * failed and reported why): then nothing is written and null is returned.
     */
    public OutputFile write(SiteOutput output, String path, Object model, Supplier<String> make) {
        WriteLedger ledger = output.ledger();
        Written written = last.get(path);
        if (written != null && written.model().equals(model)) {
            OutputFile file = written.text() != null
                    ? output.write(path, written.text(), written.file())
                    : output.linkPrevious(path, written.file());
            if (file != null) {
                String fingerprint = ledger.enabled() && written.fingerprint() == null
                        ? Fingerprint.of(model).orElse(null)
                        : written.fingerprint();
                remember(ledger, path, new Written(model, fingerprint, written.text(), file));
                return file;
            }
        }
        String fingerprint = ledger.enabled() ? Fingerprint.of(model).orElse(null) : null;
        WriteLedger.Entry recorded = ledger.previous(path);
        if (fingerprint != null && recorded != null && recorded.fingerprint().equals(fingerprint)) {
            OutputFile file = output.linkPrevious(path, recorded.file());
            if (file != null) {
                remember(ledger, path, new Written(model, fingerprint, null, file));
                return file;
            }
        }
        String text = make.get();
        if (text == null) {
            return null;
        }
        OutputFile file = output.write(path, text);
        remember(ledger, path, new Written(model, fingerprint, text, file));
        return file;
    }

    private void remember(WriteLedger ledger, String path, Written written) {
        next.put(path, written);
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
