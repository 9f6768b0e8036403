package org.opengazette.load;

import java.util.List;
import org.opengazette.model.Document;
import org.opengazette.model.GazetteIssue;
import org.opengazette.model.Page;

/** What the load stage could read: documents (all, public or not), issues and pages. */
public record LoadedContent(List<Document> documents, List<GazetteIssue> issues, List<Page> pages) {
}
