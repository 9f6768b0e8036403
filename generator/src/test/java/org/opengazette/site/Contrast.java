package org.opengazette.site;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** WCAG 2.1 contrast ratios of CSS colours as the browser computes them ({@code rgb(r, g, b)}). */
final class Contrast {
    private static final Pattern RGB = Pattern.compile("rgba?\\((\\d+), (\\d+), (\\d+)(?:, ([\\d.]+))?\\)");

    private Contrast() {}

    /** The contrast ratio of two opaque colours, from 1 to 21. */
    static double ratio(String first, String second) {
        double a = luminance(first);
        double b = luminance(second);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /** The relative luminance of an {@code rgb()} colour (WCAG 2.1 definition). */
    static double luminance(String color) {
        Matcher m = RGB.matcher(color.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("not an rgb() colour: " + color);
        }
        if (m.group(4) != null && Double.parseDouble(m.group(4)) < 1) {
            throw new IllegalArgumentException("a translucent colour has no contrast of its own: " + color);
        }
        return 0.2126 * channel(m.group(1)) + 0.7152 * channel(m.group(2)) + 0.0722 * channel(m.group(3));
    }

    private static double channel(String value) {
        double c = Integer.parseInt(value) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
