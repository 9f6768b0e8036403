/**
 * Markdown to safe HTML: Flexmark (tables, footnotes, strikethrough, heading ids) followed by a
 * jsoup {@link org.jsoup.safety.Safelist} pass, so that raw HTML in a document can never bring a
 * script, an event handler, a {@code javascript:} URL or an iframe into a page.
 */
package org.opengazette.markdown;
