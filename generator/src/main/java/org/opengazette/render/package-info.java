/**
 * Stage 4, render: turns the library into pages with the theme's Freemarker templates. {@link
 * org.opengazette.render.SitePlan} decides which pages exist (one list entry per page, built per
 * document, per browse facet, per gazette issue), {@link org.opengazette.render.Views} builds the
 * template models, and {@link org.opengazette.render.PageRenderer} renders them in parallel.
 * Links are relative ({@code root} + path), so the site works from any folder or a USB stick.
 */
package org.opengazette.render;
