package org.opengazette.config;

/**
 * What a government website carries on every page (《政府网站发展指引》, 国办发〔2017〕47号), from
 * {@code portal:} in site.yaml. Each part is optional; what is not configured is not shown.
 *
 * @param description the {@code <meta name="description">} of pages without one of their own, or null
 * @param sponsor     主办单位, or null
 * @param siteCode    网站标识码, or null
 * @param icp         ICP备案 (the number and the registry's address), or null
 * @param police      公安备案 (the number and the registry's address), or null
 * @param feedback    纠错 and 联系我们: a {@code mailto:} address or a web address, or null
 */
public record PortalSettings(
        String description, String sponsor, String siteCode, Filing icp, Filing police, String feedback) {

    /** Nothing configured. */
    public static final PortalSettings NONE = new PortalSettings(null, null, null, null, null, null);

    /**
     * A filing number as the footer shows it, linked to the registry that lists it.
     *
     * @param number e.g. 滇ICP备12345678号-1
     * @param url    the registry's address, or null
     */
    public record Filing(String number, String url) {}

    /** True when {@link #feedback} is an e-mail address ({@code mailto:}). */
    public boolean feedbackByMail() {
        return feedback != null && feedback.regionMatches(true, 0, "mailto:", 0, 7);
    }
}
