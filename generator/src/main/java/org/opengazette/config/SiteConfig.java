package org.opengazette.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.opengazette.diagnostic.SourcePosition;

/**
 * Everything the publisher configures in {@code site-config/}.
 *
 * @param title       the site title, e.g. 云南省人民政府公报
 * @param baseUrl     the public address, ending in {@code /}, used in the sitemap and feeds
 * @param language    {@code zh-CN} (default) or another BCP 47 tag; picks UI strings and diagnostics
 * @param theme       the theme: {@code default} (built in) or a folder under {@code themes/}
 * @param themeAt     where {@code theme:} is written in {@code site.yaml} (the file alone when it is not)
 * @param pageSize    entries per browse page
 * @param gazette     the gazette's name, notice and section order
 * @param navigation  the columns of the disclosure platform
 * @param fields      custom front-matter keys
 * @param history     what the pages show of the git history
 * @param portal      the footer's 主办单位, 网站标识码 and filings, the pages' description, 纠错
 * @param kinds       document kinds, by rank
 * @param authorities issuing authorities, in listing order
 * @param topics      subject headings
 */
public record SiteConfig(
        String title,
        String baseUrl,
        String language,
        String theme,
        SourcePosition themeAt,
        int pageSize,
        GazetteSettings gazette,
        List<NavItem> navigation,
        List<CustomField> fields,
        HistorySettings history,
        PortalSettings portal,
        List<Kind> kinds,
        List<Authority> authorities,
        List<Topic> topics) {

    public Optional<Kind> kind(String key) {
        return kinds.stream().filter(k -> k.key().equals(key)).findFirst();
    }

    /** Authorities by name, for fast look-ups. */
    public Map<String, Authority> authoritiesByName() {
        return authorities.stream().collect(Collectors.toMap(Authority::name, Function.identity(), (a, b) -> a));
    }

    public Optional<Topic> topic(String name) {
        return topics.stream().filter(t -> t.name().equals(name)).findFirst();
    }

    public Optional<CustomField> field(String key) {
        return fields.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /** The authority of that name, or one made up for an issuer the config does not list. */
    public Authority authorityOrAdHoc(String name) {
        return authorities.stream()
                .filter(a -> a.name().equals(name))
                .findFirst()
                .orElseGet(() -> new Authority(name, name, Integer.MAX_VALUE, Slug.of(name)));
    }
}
