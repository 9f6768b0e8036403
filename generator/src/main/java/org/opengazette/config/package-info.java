/**
 * The publisher's settings from {@code site-config/}: {@link org.opengazette.config.SiteConfig}
 * (title, base URL, language, navigation, custom fields) and the taxonomies it names: {@link
 * org.opengazette.config.Kind}s, {@link org.opengazette.config.Authority}s and {@link
 * org.opengazette.config.Topic}s. {@link org.opengazette.config.ConfigLoader} reads them.
 */
package org.opengazette.config;
