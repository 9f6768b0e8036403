/**
 * Stage 7, pages: turns the site into HTML pages with the theme's Freemarker templates. {@link
 * org.opengazette.render.SitePlan} decides which pages exist (one list entry per page, built per
 * document, per browse facet, per gazette issue), {@link org.opengazette.render.Views} builds the
 * template models, and {@link org.opengazette.render.PageRenderer} renders them in parallel,
 * skipping a page whose model equals the one {@link org.opengazette.render.RenderMemory}
 * remembers from the last render. Links are relative ({@code root} + path), so the site works
 * from any folder or a USB stick.
 */
package org.opengazette.render;
