package org.opengazette.pipeline;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.opengazette.markdown.MarkdownRenderer;
import org.opengazette.site.RenderedBodies;

/**
 * Rendered bodies kept in a {@link TextSpill} for the length of one build: the body stage adds
 * each body as it renders it (from any thread), and the later stages read each when they need it.
 * Closing it deletes them.
 */
final class SpilledBodies implements RenderedBodies, AutoCloseable {
    private final TextSpill spill = TextSpill.create("bodies");
    private final Map<String, TextSpill.Slot> slots = new ConcurrentHashMap<>();

    /** Keeps {@code body} as the body rendered from {@code sourcePath}, replacing any kept before. */
    void put(String sourcePath, MarkdownRenderer.Rendered body) {
        slots.put(sourcePath, spill.put(body.html(), body.text()));
    }

    @Override
    public MarkdownRenderer.Rendered of(String sourcePath) {
        TextSpill.Slot slot = slots.get(sourcePath);
        if (slot == null) {
            return null;
        }
        return new MarkdownRenderer.Rendered(spill.read(slot, 0), spill.read(slot, 1));
    }

    /** Reads the text alone, without decoding the HTML. */
    @Override
    public String textOf(String sourcePath) {
        TextSpill.Slot slot = slots.get(sourcePath);
        return slot == null ? null : spill.read(slot, 1);
    }

    /** Deletes the file. */
    @Override
    public void close() {
        spill.close();
    }
}
