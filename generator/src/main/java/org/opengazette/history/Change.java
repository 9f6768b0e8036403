package org.opengazette.history;

/**
 * What one commit did to one published document.
 *
 * @param documentId the document
 * @param kind       新增, 修改 or 废止
 */
public record Change(String documentId, Kind kind) {
    /** The kinds of change, in the order a change set lists them. */
    public enum Kind {
        /** 新增: the commit added the document's first file. */
        ADDED("added"),
        /** 修改: any other change of its files. */
        MODIFIED("modified"),
        /** 废止: its front matter now says it is repealed or expired, or another document's new {@code repeals:} names it. */
        REPEALED("repealed");

        private final String key;

        Kind(String key) {
            this.key = key;
        }

        /** The key of its UI string ({@code history.change.added} …) and CSS class. */
        public String key() {
            return key;
        }
    }
}
