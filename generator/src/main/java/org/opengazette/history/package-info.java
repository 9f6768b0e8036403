/**
 * The history stage: what git knows about the content. {@link org.opengazette.history.GitHistory}
 * finds the repository above the content folder, walks its log once ({@link
 * org.opengazette.history.GitLog}), tells whether the working tree differs from HEAD, and
 * derives, for the publishable library only, each document's revisions and the site's change
 * sets (新增, 修改, 废止). Nothing here writes files; dates are commit times in China Standard
 * Time, never the clock.
 */
package org.opengazette.history;
