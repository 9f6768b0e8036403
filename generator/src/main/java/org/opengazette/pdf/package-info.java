/** PDFs of every document version and every gazette issue: print model, fonts, rendering, cache. */
package org.opengazette.pdf;
