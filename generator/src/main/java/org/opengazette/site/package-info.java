/**
 * The site as every renderer sees it, between the model and the renderers: the publishable
 * library as of the build's date with its rendered bodies and PDFs ({@link
 * org.opengazette.site.RenderContext}), the site's URL scheme ({@link org.opengazette.site.Urls}),
 * the theme with its UI strings ({@link org.opengazette.site.Theme}) and the shared views of a
 * document and an issue's contents. Pages, search, PDFs and data depend on this package, never on
 * one another.
 */
package org.opengazette.site;
