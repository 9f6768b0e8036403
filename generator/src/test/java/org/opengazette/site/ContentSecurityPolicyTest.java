package org.opengazette.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Every page of the demo site declares a strict Content-Security-Policy (self only, no
 * {@code unsafe-inline} or {@code unsafe-eval}) and contains nothing that policy would block
 * silently: no inline script, no event-handler attribute, no {@code javascript:} URL, no
 * {@code <style>} element or {@code style} attribute. (That the page's own script does run
 * under the policy is shown in a browser by {@link BrowserTest}.)
 */
class ContentSecurityPolicyTest {
    private final SiteTree site = SiteTree.demo();

    @Test
    void everyPageHasAStrictPolicyAndNothingInline() {
        List<String> problems = new ArrayList<>();
        for (String page : site.htmlFiles()) {
            Document html = site.html(page);
            if (SiteTree.isRedirect(html)) {
                continue;
            }
            Element csp = html.selectFirst("head meta[http-equiv=Content-Security-Policy]");
            String policy = csp == null ? "" : csp.attr("content");
            if (!policy.contains("default-src 'self'")
                    || !policy.contains("script-src 'self'")
                    || policy.contains("unsafe-")
                    || policy.contains("*")) {
                problems.add(page + ": policy \"" + policy + "\"");
            }
            for (Element script : html.select("script")) {
                if (!script.hasAttr("src") || !script.data().isBlank()) {
                    problems.add(page + ": inline script " + script.outerHtml());
                }
            }
            if (!html.select("style, [style]").isEmpty()) {
                problems.add(page + ": inline style "
                        + html.select("style, [style]").first().outerHtml());
            }
            for (Element element : html.getAllElements()) {
                element.attributes().forEach(attribute -> {
                    if (attribute.getKey().toLowerCase(Locale.ROOT).startsWith("on")) {
                        problems.add(page + ": event handler " + element.outerHtml());
                    }
                    if (attribute
                            .getValue()
                            .replaceAll("\\s", "")
                            .toLowerCase(Locale.ROOT)
                            .startsWith("javascript:")) {
                        problems.add(page + ": javascript: URL " + element.outerHtml());
                    }
                });
            }
        }
        assertTrue(problems.isEmpty(), problems.stream().limit(50).collect(Collectors.joining("\n")));
    }
}
