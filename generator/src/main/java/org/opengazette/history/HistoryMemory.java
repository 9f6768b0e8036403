package org.opengazette.history;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;

/**
 * What the last build read from git, for the next build of the same pipeline (a preview): the
 * log, kept while HEAD (and the repository and content folder) stay the same, so an edit does not
 * walk the log again; and the front-matter facts of the files it read, by blob id. Facts a build
 * did not use are forgotten when it ends.
 */
public final class HistoryMemory {
    private String logKey;
    private ContentLog log;
    private Map<ObjectId, FrontMatterFacts> facts = new HashMap<>();
    private Map<ObjectId, FrontMatterFacts> nextFacts = new HashMap<>();

    /** Reads a log of a repository, content folder and HEAD. */
    interface LogReader {
        ContentLog read() throws IOException;
    }

    /** The log for {@code key} (repository, content folder, HEAD), remembered or read now. */
    ContentLog log(String key, LogReader reader) throws IOException {
        if (!key.equals(logKey)) {
            logKey = null;
            log = reader.read();
            logKey = key;
        }
        return log;
    }

    /** The facts of a committed file, remembered or read now through {@code reader}. */
    FrontMatterFacts facts(ObjectId blob, ObjectReader reader) throws IOException {
        FrontMatterFacts known = facts.get(blob);
        if (known == null) {
            known = FrontMatterFacts.of(reader.open(blob).getBytes());
        }
        nextFacts.put(blob, known);
        return known;
    }

    /** Ends a build: the facts it used are kept for the next one, the others forgotten. */
    void endBuild() {
        facts = nextFacts;
        nextFacts = new HashMap<>();
    }
}
