package org.opengazette.history;

/**
 * The commit a site was built from.
 *
 * @param commit the full id of HEAD
 * @param dirty  whether the content or site-config folder differs from HEAD (changed, added or
 *               deleted files that git does not ignore)
 */
public record BuildVersion(String commit, boolean dirty) {
    /** As the footer shows it: the short id, with {@code -dirty} when the tree differs from HEAD. */
    public String label() {
        return commit.substring(0, 7) + (dirty ? "-dirty" : "");
    }
}
