/**
 * The site's machine-readable files: {@code data/catalog.json} (every published version),
 * {@code data/docs/<id>.json} (one document with its text), {@code sitemap.xml},
 * {@code robots.txt} and {@code manifest.json} (every file's size and SHA-256). The formats are
 * documented on each writer and in README.md; they are contracts with re-users of the data.
 */
package org.opengazette.data;
