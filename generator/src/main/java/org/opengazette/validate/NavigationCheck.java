package org.opengazette.validate;

import java.util.Set;
import java.util.stream.Collectors;
import org.opengazette.config.NavItem;
import org.opengazette.diagnostic.Problem;
import org.opengazette.model.Page;

/** A navigation column that names a page needs that page in {@code content/pages/}. */
final class NavigationCheck implements Check {
    @Override
    public void check(ValidationContext context) {
        Set<String> slugs = context.library().pages().stream().map(Page::slug).collect(Collectors.toSet());
        for (NavItem item : context.config().navigation()) {
            if (item.page() != null && !slugs.contains(item.page())) {
                context.diagnostics().report(Problem.UNKNOWN_PAGE, item.position(), item.page());
            }
        }
    }
}
