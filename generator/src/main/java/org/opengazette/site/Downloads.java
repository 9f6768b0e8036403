package org.opengazette.site;

import java.util.List;
import java.util.Map;
import org.opengazette.model.GazetteIssue;
import org.opengazette.model.Version;

/**
 * The PDFs this build wrote, for the pages that link them: a version or issue whose PDF was not
 * written (PDFs turned off, or rendering failed) has no link.
 *
 * @param versionPdfs site path of each version's PDF, keyed by the version's source path
 * @param issuePdfs   site path of each whole-issue PDF, keyed by issue id
 * @param issueStarts the page of each whole-issue PDF (from 1) on which each of its documents
 *                    starts, in the issue's order, keyed by issue id
 */
public record Downloads(
        Map<String, String> versionPdfs, Map<String, String> issuePdfs, Map<String, List<Integer>> issueStarts) {

    /** No PDFs at all. */
    public static Downloads none() {
        return new Downloads(Map.of(), Map.of(), Map.of());
    }

    /** The version's PDF, or null. */
    public String pdf(Version version) {
        return versionPdfs.get(version.sourcePath());
    }

    /** The issue's PDF, or null. */
    public String pdf(GazetteIssue issue) {
        return issuePdfs.get(issue.id());
    }

    /** The page of the issue's PDF on which each of its documents starts, in order; empty without a PDF. */
    public List<Integer> starts(GazetteIssue issue) {
        return issueStarts.getOrDefault(issue.id(), List.of());
    }
}
