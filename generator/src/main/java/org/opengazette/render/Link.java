package org.opengazette.render;

/**
 * A link for a template: {@code url} is relative to the site root (templates prefix it with
 * {@code root}); {@code note} is optional extra text such as a count.
 */
public record Link(String label, String url, String note) {

    public static Link of(String label, String url) {
        return new Link(label, url, null);
    }
}
