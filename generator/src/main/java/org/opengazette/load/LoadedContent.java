package org.opengazette.load;

import java.util.List;
import org.opengazette.model.Document;
import org.opengazette.model.GazetteIssue;
import org.opengazette.model.Page;
import org.opengazette.model.UnreadDocument;

/**
 * What the load stage could read: documents (all, public or not), issues and pages; and the
 * document files it could not read, for the references that name them.
 */
public record LoadedContent(
        List<Document> documents, List<GazetteIssue> issues, List<Page> pages, List<UnreadDocument> unread) {}
