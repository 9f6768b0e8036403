package org.opengazette.site;

import org.opengazette.model.Document;
import org.opengazette.model.Version;

/**
 * Where each kind of page lives, as paths relative to the site root. Pages are folders with an
 * {@code index.html}; links name the file so that the site also works opened from disk.
 */
public final class Urls {
    private Urls() {}

    /**
     * Stands for the relative way back to the site root in HTML made once and shown on pages at
     * several depths (document bodies with citation links); each page replaces it with its own.
     */
    public static final String ROOT = "\uE000";

    public static String home() {
        return "index.html";
    }

    /** The document's permanent page, showing the version that applies on the as-of date. */
    public static String document(String id) {
        return "docs/" + id + "/index.html";
    }

    /** The page of a version: the document's own URL for a single version, the version's URL otherwise. */
    public static String versionOf(Document document, Version version) {
        return document.hasSeveralVersions() ? version(document.id(), version.key()) : document(document.id());
    }

    /** One version of a document with several versions, at a stable URL. */
    public static String version(String id, String versionKey) {
        return "docs/" + id + "/" + versionKey + "/index.html";
    }

    /** The comparison of two versions of a document, older first. */
    public static String comparison(String id, String olderKey, String newerKey) {
        return "docs/" + id + "/compare/" + olderKey + "-to-" + newerKey + "/index.html";
    }

    /**
     * The PDF of a version: {@code docs/<id>/<id>.pdf} for a document with one version, else
     * {@code docs/<id>/<version>/<id>-<version>.pdf} next to the version's page.
     */
    public static String versionPdf(String id, String versionKey, boolean severalVersions) {
        return severalVersions
                ? "docs/" + id + "/" + versionKey + "/" + id + "-" + versionKey + ".pdf"
                : "docs/" + id + "/" + id + ".pdf";
    }

    public static String attachment(String id, String fileName) {
        return "docs/" + id + "/attachments/" + fileName;
    }

    public static String documentData(String id) {
        return "data/docs/" + id + ".json";
    }

    /** The search page; its index is under {@code search/index/} and {@code search/lucene/}. */
    public static String search() {
        return "search/index.html";
    }

    public static String browseIndex() {
        return "browse/index.html";
    }

    /** The list of values of a facet (kinds, issuers, …) with their counts. */
    public static String facet(String facet) {
        return "browse/" + facet + "/index.html";
    }

    /** Page {@code page} (1-based) of the documents with one facet value. */
    public static String facetValue(String facet, String slug, int page) {
        return "browse/" + facet + "/" + slug + "/" + (page <= 1 ? "" : "page-" + page + "/") + "index.html";
    }

    public static String gazette() {
        return "gazette/index.html";
    }

    public static String gazetteYear(int year) {
        return "gazette/" + year + "/index.html";
    }

    public static String gazetteIssue(int year, int number) {
        return "gazette/" + year + "/" + number + "/index.html";
    }

    /** The site's change log (网站更新记录), made when the content has a git history. */
    public static String changes() {
        return "changes/index.html";
    }

    /** The Atom feed of the change log. */
    public static String changesFeed() {
        return "feeds/changes.xml";
    }

    /** The annual disclosure statistics (年报 表二). */
    public static String statistics() {
        return "statistics/index.html";
    }

    /** The whole-issue PDF, next to the issue's page. */
    public static String issuePdf(int year, int number) {
        return "gazette/" + year + "/" + number + "/gazette-" + year + "-" + number + ".pdf";
    }

    public static String page(String slug) {
        return "pages/" + slug + "/index.html";
    }

    /** The relative prefix that leads from {@code path} back to the site root, e.g. {@code ../../}. */
    public static String rootFrom(String path) {
        int depth = (int) path.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }

    /** The public address of a page: the folder, without {@code index.html}. */
    public static String pretty(String path) {
        return path.endsWith("index.html") ? path.substring(0, path.length() - "index.html".length()) : path;
    }
}
