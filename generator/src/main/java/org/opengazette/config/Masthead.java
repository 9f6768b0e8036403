package org.opengazette.config;

/**
 * What the cover of a whole-issue PDF names besides the gazette (版权页 items of a periodical),
 * from {@code gazette:} in site.yaml. Each part is optional; what is not configured is not printed.
 *
 * @param supervisor 主管单位, or null
 * @param sponsor    主办单位, or null
 * @param publisher  出版单位 (编辑出版), or null
 * @param issn       国际标准连续出版物号 without its prefix, e.g. 0317-8471, or null
 * @param cn         国内统一连续出版物号 without its prefix, e.g. 53-1234/D, or null
 */
public record Masthead(String supervisor, String sponsor, String publisher, String issn, String cn) {

    /** Nothing configured. */
    public static final Masthead NONE = new Masthead(null, null, null, null, null);

    /** 刊号 as a cover prints it, e.g. "ISSN 0317-8471 CN 53-1234/D"; null when neither is configured. */
    public String serialNumber() {
        if (issn == null && cn == null) {
            return null;
        }
        String issnPart = issn == null ? "" : "ISSN " + issn;
        String cnPart = cn == null ? "" : "CN " + cn;
        return (issnPart + " " + cnPart).strip();
    }
}
