package org.opengazette.diagnostic;

/**
 * Every kind of problem the generator reports, with its stable code and default severity.
 * Messages and hints live in {@code messages.properties} (English) and
 * {@code messages_zh.properties} (Chinese), keyed by the code.
 */
public enum Problem {
    // Files and encodings
    NOT_UTF8("not-utf8", Severity.ERROR),
    FILE_UNREADABLE("file-unreadable", Severity.ERROR),
    FRONT_MATTER_MISSING("front-matter-missing", Severity.ERROR),
    FRONT_MATTER_UNCLOSED("front-matter-unclosed", Severity.ERROR),
    YAML_SYNTAX("yaml-syntax", Severity.ERROR),
    YAML_TAB("yaml-tab", Severity.ERROR),
    YAML_UNCLOSED_QUOTE("yaml-unclosed-quote", Severity.ERROR),
    YAML_FULL_WIDTH_COLON("yaml-full-width-colon", Severity.ERROR),
    YAML_COLON_SPACE("yaml-colon-space", Severity.ERROR),
    YAML_LIST_INDENT("yaml-list-indent", Severity.ERROR),
    DUPLICATE_KEY("duplicate-key", Severity.ERROR),
    NOT_A_MAPPING("not-a-mapping", Severity.ERROR),
    // Fields
    MISSING_FIELD("missing-field", Severity.ERROR),
    UNKNOWN_FIELD("unknown-field", Severity.WARNING),
    WRONG_TYPE("wrong-type", Severity.ERROR),
    INVALID_DATE("invalid-date", Severity.ERROR),
    DATE_FORMAT("date-format", Severity.ERROR),
    INVALID_VALUE("invalid-value", Severity.ERROR),
    INVALID_SERIAL_NUMBER("invalid-serial-number", Severity.WARNING),
    UNKNOWN_DISCLOSURE("unknown-disclosure", Severity.ERROR),
    UNKNOWN_KIND("unknown-kind", Severity.ERROR),
    UNKNOWN_AUTHORITY("unknown-authority", Severity.WARNING),
    UNKNOWN_TOPIC("unknown-topic", Severity.ERROR),
    UNKNOWN_SECTION("unknown-section", Severity.WARNING),
    DOC_NUMBER_BRACKETS("doc-number-brackets", Severity.WARNING),
    DOC_NUMBER_YEAR("doc-number-year", Severity.WARNING),
    DATE_ORDER("date-order", Severity.ERROR),
    EFFECTIVE_BEFORE_PUBLISHED("effective-before-published", Severity.WARNING),
    STATUS_WITHOUT_NOTE("status-without-note", Severity.WARNING),
    EFFECTIVE_CONTRADICTS_TEXT("effective-contradicts-text", Severity.WARNING),
    EFFECTIVE_MISSING("effective-missing", Severity.WARNING),
    TITLE_REPEATED("title-repeated", Severity.WARNING),
    UNBALANCED_BRACKETS("unbalanced-brackets", Severity.WARNING),
    // The library as a whole
    DUPLICATE_ID("duplicate-id", Severity.ERROR),
    DUPLICATE_DOC_NUMBER("duplicate-doc-number", Severity.WARNING),
    ID_MISMATCH("id-mismatch", Severity.ERROR),
    INVALID_ID("invalid-id", Severity.ERROR),
    UNRESOLVED_REFERENCE("unresolved-reference", Severity.ERROR),
    UNREAD_REFERENCE("unread-reference", Severity.ERROR),
    SELF_REFERENCE("self-reference", Severity.ERROR),
    RELATION_CYCLE("relation-cycle", Severity.ERROR),
    REPEAL_BEFORE_EFFECTIVE("repeal-before-effective", Severity.ERROR),
    UNKNOWN_GAZETTE_ISSUE("unknown-gazette-issue", Severity.ERROR),
    ATTACHMENT_MISSING("attachment-missing", Severity.ERROR),
    ATTACHMENT_OUTSIDE("attachment-outside", Severity.ERROR),
    CITES_INVALID("cites-invalid", Severity.WARNING),
    // Gazette issues and site configuration
    ISSUE_NAME_MISMATCH("issue-name-mismatch", Severity.ERROR),
    DUPLICATE_ISSUE_ORDER("duplicate-issue-order", Severity.WARNING),
    CONFIG_MISSING("config-missing", Severity.ERROR),
    CONTENT_MISSING("content-missing", Severity.ERROR),
    THEME_MISSING("theme-missing", Severity.ERROR),
    UNKNOWN_PAGE("unknown-page", Severity.WARNING),
    // Drafts
    PLACEHOLDER("placeholder", Severity.WARNING),
    // Rendering
    TEMPLATE_ERROR("template-error", Severity.ERROR),
    PDF_FAILED("pdf-failed", Severity.ERROR),
    PDF_MISSING_GLYPH("pdf-missing-glyph", Severity.WARNING),
    PDF_CACHE_UNWRITABLE("pdf-cache-unwritable", Severity.WARNING),
    // Git history
    HISTORY_SHALLOW("history-shallow", Severity.WARNING),
    HISTORY_UNREADABLE("history-unreadable", Severity.WARNING),
    // Writing the site
    OUTPUT_BUSY("output-busy", Severity.ERROR);

    private final String code;
    private final Severity severity;

    Problem(String code, Severity severity) {
        this.code = code;
        this.severity = severity;
    }

    /** The stable, kebab-case code printed with each diagnostic and used in tests. */
    public String code() {
        return code;
    }

    /** The severity this problem has unless a caller says otherwise. */
    public Severity severity() {
        return severity;
    }
}
